// Usage: Baseline <url> <folder>; answers GET /{name} with the bytes of <folder>/{name}.html, read once.
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
    context.Response.ContentLength = body.Length;
    return context.Response.Body.WriteAsync(body).AsTask();
});
app.Run();
