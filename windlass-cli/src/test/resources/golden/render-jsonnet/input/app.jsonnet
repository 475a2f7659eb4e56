// A Jsonnet source beside plain YAML: an array of objects, one built by a library function.
local lib = import 'lib/config.libsonnet';
[
  lib.configMap('settings', { mode: 'production' }),
  {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: 'web' },
    spec: { ports: [{ port: 80 }] },
  },
]
