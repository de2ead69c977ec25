/**
 * A self-signed certificate for 127.0.0.1/localhost, valid until 2126, made for this test only with
 * `openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 36500
 * -subj /CN=localhost -addext subjectAltName=DNS:localhost,IP:127.0.0.1`. It proves the client
 * refuses certificates it cannot verify; the key protects nothing.
 */
export const SELF_SIGNED = {
  key: `-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg858nouHcPiCd1pkv
ma/HsYERLI4eATiEkGB2a6JVlOqhRANCAAR1aeQCxPxqf84alMcj5JzZPeO/iUr0
vJcqA8D/wuhmfibEvBx/+EedxYYkgYKlIIU6/+1lAO+8mBB/NY/6O3w/
-----END PRIVATE KEY-----
`,
  cert: `-----BEGIN CERTIFICATE-----
MIIBnDCCAUGgAwIBAgIUHzmoSxtVrsZKBayT4CrkkSY7bpwwCgYIKoZIzj0EAwIw
FDESMBAGA1UEAwwJbG9jYWxob3N0MCAXDTI2MTEyMzExMTUwOVoYDzIxMjYxMDMw
MTExNTA5WjAUMRIwEAYDVQQDDAlsb2NhbGhvc3QwWTATBgcqhkjOPQIBBggqhkjO
PQMBBwNCAAR1aeQCxPxqf84alMcj5JzZPeO/iUr0vJcqA8D/wuhmfibEvBx/+Eed
xYYkgYKlIIU6/+1lAO+8mBB/NY/6O3w/o28wbTAdBgNVHQ4EFgQUxfjDlmxAUErH
7D4/JSLICeE3gh0wHwYDVR0jBBgwFoAUxfjDlmxAUErH7D4/JSLICeE3gh0wDwYD
VR0TAQH/BAUwAwEB/zAaBgNVHREEEzARgglsb2NhbGhvc3SHBH8AAAEwCgYIKoZI
zj0EAwIDSQAwRgIhAOkeYM+eN5kBeh9G2KkcG1mb8YVmovTgSBjTgR8LQY4jAiEA
0yqcUW3EAO/qhs16USOVHObCpQtCIln+SoiSh2g5QlQ=
-----END CERTIFICATE-----
`,
};
