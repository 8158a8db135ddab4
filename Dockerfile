# syntax=docker/dockerfile:1
# Build with the SDK, run on the small chiseled ASP.NET image (no shell, non-root 'app' user, ICU and tzdata included).

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Restore first so the package layer is cached while only source changes.
COPY Directory.Build.props Directory.Packages.props ./
COPY src/SelfCompassion.Core/SelfCompassion.Core.csproj src/SelfCompassion.Core/
COPY src/SelfCompassion.Web/SelfCompassion.Web.csproj src/SelfCompassion.Web/
RUN dotnet restore src/SelfCompassion.Web/SelfCompassion.Web.csproj
COPY src/ src/
RUN dotnet publish src/SelfCompassion.Web/SelfCompassion.Web.csproj -c Release -o /app --no-restore -p:UseAppHost=false \
    && mkdir -p /data

FROM mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled-extra AS runtime
WORKDIR /app
COPY --from=build /app .
# A writable folder for the app's own files (development-style mail, if chosen); everything else is read-only.
COPY --from=build --chown=$APP_UID /data /data
USER $APP_UID
ENV ASPNETCORE_ENVIRONMENT=Production \
    ASPNETCORE_HTTP_PORTS=8080 \
    DataDirectory=/data \
    DOTNET_NOLOGO=1
EXPOSE 8080
# `docker run IMAGE migrate` applies pending migrations and exits; with no argument the app serves.
ENTRYPOINT ["dotnet", "SelfCompassion.Web.dll"]
