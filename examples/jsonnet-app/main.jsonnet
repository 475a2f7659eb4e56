// A Jsonnet application: a Deployment and a Service built from one function.
// std.extVar('environment') and std.extVar('app') come from directory.jsonnet.extVars (the latter is
// Argo CD's build variable $ARGOCD_APP_NAME), `replicas` from tlas.
local params = import 'params.libsonnet';

function(replicas=1)
  local env = std.extVar('environment');
  local labels = { 'app.kubernetes.io/name': params.name, 'app.kubernetes.io/part-of': std.extVar('app'), environment: env };
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
