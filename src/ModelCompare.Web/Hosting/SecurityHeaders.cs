namespace ModelCompare.Web.Hosting;

/// <summary>
/// Adds the security headers to every response, including error pages and responses from the
/// output cache. Pages use no inline script, style or event handlers, so the policy allows none.
/// The static export's headers file and the nginx configuration send the same ones.
/// </summary>
internal sealed class SecurityHeaders(RequestDelegate next)
{
    internal const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    /// <summary>Every header this middleware sends, with its value.</summary>
    internal static readonly IReadOnlyList<KeyValuePair<string, string>> All =
    [
        new("Content-Security-Policy", ContentSecurityPolicy),
        new("X-Content-Type-Options", "nosniff"),
        new("Referrer-Policy", "strict-origin-when-cross-origin"),
        new("X-Frame-Options", "DENY"),
    ];

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(static state =>
        {
            var headers = ((HttpResponse)state).Headers;
            foreach (var (name, value) in All)
            {
                headers[name] = value;
            }

            return Task.CompletedTask;
        }, context.Response);
        return next(context);
    }
}
