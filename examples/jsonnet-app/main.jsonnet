// A Jsonnet application: a Deployment and a Service built from one function.
// std.extVar('environment') comes from directory.jsonnet.extVars, `replicas` from tlas.
local params = import 'params.libsonnet';

function(replicas=1)
  local env = std.extVar('environment');
  local labels = { 'app.kubernetes.io/name': params.name, environment: env };
  [
    {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: params.name, labels: labels },
      spec: {
        replicas: replicas,
        selector: { matchLabels: labels },
        template: {
          metadata: { labels: labels },
          spec: {
            containers: [{
              name: params.name,
              image: params.image,
              ports: [{ name: 'http', containerPort: params.port }],
            }],
          },
        },
      },
    },
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: params.name, labels: labels },
      spec: {
        selector: labels,
        ports: [{ name: 'http', port: 80, targetPort: 'http' }],
      },
    },
  ]
