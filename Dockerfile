# syntax=docker/dockerfile:1
# Build: the SDK publishes the site and builds the catalog database from data/ at image build time.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/ModelCompare.Core/ModelCompare.Core.csproj src/ModelCompare.Core/
COPY src/ModelCompare.Data/ModelCompare.Data.csproj src/ModelCompare.Data/
COPY src/ModelCompare.Web/ModelCompare.Web.csproj src/ModelCompare.Web/
# For this machine's runtime only: a portable publish would carry SkiaSharp's native libraries (and
# their debug symbols) for every operating system, about 480 MB the image never uses.
RUN dotnet restore src/ModelCompare.Web/ModelCompare.Web.csproj -p:Configuration=Release --use-current-runtime
COPY src/ src/
RUN dotnet publish src/ModelCompare.Web/ModelCompare.Web.csproj -c Release --no-restore --use-current-runtime --self-contained false -o /app
COPY data/ /app/data/
COPY wwwroot/ /app/wwwroot/
RUN dotnet /app/ModelCompare.Web.dll build-db --data /app/data --out /app/db/catalog.db

# Run: the ASP.NET runtime only, as the image's non-root user.
# The public address is required: canonical links, og:url, preview images and the sitemap use it, and
# the site refuses to start without it. Give it when building or when running the image:
#   docker build --build-arg PUBLIC_ORIGIN=https://models.example.com -t modelcompare .
#   docker run -e ModelCompare__PublicOrigin=https://models.example.com -p 8080:8080 modelcompare
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
ARG PUBLIC_ORIGIN=""
WORKDIR /app
COPY --from=build --chown=$APP_UID /app ./
ENV ASPNETCORE_URLS=http://+:8080 \
    ASPNETCORE_ENVIRONMENT=Production \
    ModelCompare__PublicOrigin=$PUBLIC_ORIGIN \
    ModelCompare__DataDirectory=/app/data \
    ModelCompare__DatabasePath=/app/db/catalog.db
USER $APP_UID
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 \
    CMD ["dotnet", "/app/ModelCompare.Web.dll", "healthcheck", "--url", "http://localhost:8080/healthz"]
ENTRYPOINT ["dotnet", "/app/ModelCompare.Web.dll"]
