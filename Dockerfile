# syntax=docker/dockerfile:1
# Build: the SDK publishes the site and builds the catalog database from data/ at image build time.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/ModelCompare.Core/ModelCompare.Core.csproj src/ModelCompare.Core/
COPY src/ModelCompare.Data/ModelCompare.Data.csproj src/ModelCompare.Data/
COPY src/ModelCompare.Web/ModelCompare.Web.csproj src/ModelCompare.Web/
# Restored and published for linux-x64 only, self-contained and ahead of time compiled with the framework
# in one ReadyToRun image for a faster start (see ModelCompare.Web.csproj): a portable publish would also
# carry SkiaSharp's native libraries for every other operating system.
RUN dotnet restore src/ModelCompare.Web/ModelCompare.Web.csproj -r linux-x64 -p:Configuration=Release -p:SelfContained=true -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true
COPY src/ src/
RUN dotnet publish src/ModelCompare.Web/ModelCompare.Web.csproj -c Release -r linux-x64 --self-contained true --no-restore -o /app
COPY data/ /app/data/
COPY wwwroot/ /app/wwwroot/
RUN /app/ModelCompare.Web build-db --data /app/data --out /app/db/catalog.db

# Run: the runtime's native dependencies only (the site carries its own runtime), as the image's non-root user.
# The public address is required: canonical links, og:url, preview images and the sitemap use it, and
# the site refuses to start without it. Give it when building or when running the image:
#   docker build --build-arg PUBLIC_ORIGIN=https://models.example.com -t modelcompare .
#   docker run -e ModelCompare__PublicOrigin=https://models.example.com -p 8080:8080 modelcompare
FROM mcr.microsoft.com/dotnet/runtime-deps:10.0 AS runtime
ARG PUBLIC_ORIGIN=""
WORKDIR /app
COPY --from=build --chown=$APP_UID /app ./
# A young-generation budget of 32 MiB (DOTNET_GCgen0size). The runtime sizes it from the CPU's cache, and a
# virtual machine that hides its cache (as the 2-core machines the benches run on do) leaves it at a few hundred
# kilobytes: the site then collected 2,500 times in a full export, which spent two fifths of its rendering time
# waiting for the collector. With 32 MiB, uncached pair pages were served about a quarter faster (2,250-2,480
# against 1,860-1,990 a second) for 30 MB more memory. Only an environment variable sets it (no runtimeconfig
# property does); bench/lib.sh reads this line so the benches run the site as deployed.
ENV DOTNET_GCgen0size=0x2000000
ENV ASPNETCORE_URLS=http://+:8080 \
    ASPNETCORE_ENVIRONMENT=Production \
    ModelCompare__PublicOrigin=$PUBLIC_ORIGIN \
    ModelCompare__DataDirectory=/app/data \
    ModelCompare__DatabasePath=/app/db/catalog.db
USER $APP_UID
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 \
    CMD ["/app/ModelCompare.Web", "healthcheck", "--url", "http://localhost:8080/healthz"]
ENTRYPOINT ["/app/ModelCompare.Web"]
