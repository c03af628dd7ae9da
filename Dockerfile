# syntax=docker/dockerfile:1
# Build stage: the jOOQ classes are generated from the migrations against an embedded PostgreSQL during the build,
# which refuses to run as root, hence the unprivileged builder user. Maven's downloads stay in a cache mount, so a
# rebuild after a code change fetches nothing again.
FROM maven:3.9-eclipse-temurin-17 AS build
RUN useradd --create-home --uid 10002 builder
USER builder
WORKDIR /home/builder/src
COPY --chown=builder . .
# The image talks to its own PostgreSQL (MINGLE_DATABASE_URL): the embedded server's binaries for every platform
# (83 MB) stay out of its jar.
RUN --mount=type=cache,target=/home/builder/.m2,uid=10002,gid=10002 \
    mvn -B -q package -DskipTests -Dmingle.jar.exclude='postgres-*.txz'

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --home-dir /var/lib/mingle --create-home mingle
COPY --from=build /home/builder/src/app/target/mingle.jar /opt/mingle/mingle.jar
COPY --chmod=755 scripts/mingle-start.sh /opt/mingle/mingle-start.sh
USER mingle
ENV MINGLE_DATA_DIR=/var/lib/mingle
ENV MINGLE_PORT=8080
# A fixed heap limit rather than a share of RAM: without a container memory limit a share would be of the host's.
# 512 MiB serves 50 concurrent log-ins (docs/benchmarks.md); replace the whole value to change it.
ENV JDK_JAVA_OPTIONS="-Xmx512m"
EXPOSE 8080
# Ready: the database answers and migrations are done. Bash's /dev/tcp needs no curl in the image.
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${MINGLE_PORT} && printf 'GET /api/health/ready HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]
# The first start records a class-data archive in the data volume as it stops; restarts map it and are ready in
# about half the time (decision 64).
ENTRYPOINT ["/opt/mingle/mingle-start.sh", "/opt/mingle/mingle.jar"]
