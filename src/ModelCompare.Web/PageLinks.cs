using Microsoft.Extensions.Options;
using ModelCompare.Web.Hosting;

namespace ModelCompare.Web;

/// <summary>Absolute URLs for canonical links, Open Graph and structured data.</summary>
public static class PageLinks
{
    public static string Absolute(HttpContext context, string path)
    {
        ArgumentNullException.ThrowIfNull(context);
        var origin = context.RequestServices.GetRequiredService<IOptions<ModelCompareOptions>>().Value.PublicOrigin;
        return new Uri(origin, path).AbsoluteUri;
    }
}
