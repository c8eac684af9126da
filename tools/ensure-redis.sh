#!/usr/bin/env bash
# The shared rate-limit store (@missive-ts/ratelimit-redis) is tested against a real Debian
# redis-server on 127.0.0.1, started and stopped by the tests themselves (no service).
exec bash "$(dirname "$0")/ensure-debian-package.sh" /usr/bin/redis-server redis-server "the Redis rate-limit store tests"
