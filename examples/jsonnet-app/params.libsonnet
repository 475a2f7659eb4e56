{
  name: 'hello',
  image: 'nginxinc/nginx-unprivileged:1.27',
  port: 8080,
}
