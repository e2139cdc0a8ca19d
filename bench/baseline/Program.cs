// Usage: Baseline <url> <folder>; answers GET /{name} with the bytes of <folder>/{name}.html, read once.
// A name that ends in -br holds a page's Brotli bytes, sent with Content-Encoding: br as the site sends them.
var pages = Directory.EnumerateFiles(args[1], "*.html").ToDictionary(f => "/" + Path.GetFileNameWithoutExtension(f), File.ReadAllBytes, StringComparer.Ordinal);
var builder = WebApplication.CreateSlimBuilder();
builder.Logging.ClearProviders();
builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false).UseUrls(args[0]);
var app = builder.Build();
app.Run(context =>
{
    if (!pages.TryGetValue(context.Request.Path.Value ?? "", out var body))
    {
        context.Response.StatusCode = 404;
        return Task.CompletedTask;
    }

    context.Response.ContentType = "text/html; charset=utf-8";
    if (context.Request.Path.Value!.EndsWith("-br", StringComparison.Ordinal))
    {
        context.Response.Headers.ContentEncoding = "br";
    }

    context.Response.ContentLength = body.Length;
    return context.Response.Body.WriteAsync(body).AsTask();
});
app.Run();
