# Build stage: the jOOQ classes are generated from the migrations against an embedded PostgreSQL during the build,
# which refuses to run as root, hence the unprivileged builder user.
FROM maven:3.9-eclipse-temurin-17 AS build
RUN useradd --create-home builder
USER builder
WORKDIR /home/builder/src
COPY --chown=builder . .
RUN mvn -B -q package -DskipTests

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --home-dir /var/lib/mingle --create-home mingle
COPY --from=build /home/builder/src/app/target/mingle.jar /opt/mingle/mingle.jar
USER mingle
ENV MINGLE_DATA_DIR=/var/lib/mingle
# A fixed heap limit rather than a share of RAM: without a container memory limit a share would be of the host's.
# 512 MiB serves 50 concurrent log-ins (docs/benchmarks.md); replace the whole value to change it.
ENV JDK_JAVA_OPTIONS="-Xmx512m"
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/opt/mingle/mingle.jar"]
