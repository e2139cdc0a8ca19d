using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;

namespace ModelCompare.Web.Hosting;

/// <summary>
/// ASP.NET's compression provider, except that every request goes through the compression: one that accepts no
/// encoding (none named, or only identity) gets its body as it is, but a response the compression would encode
/// still names <c>Vary: Accept-Encoding</c>, as an encoded one does. A shared cache then knows the uncompressed
/// form is one of several, for pages, feeds, charts and static files alike. ASP.NET's middleware skips such a
/// request altogether, so the uncompressed form named no Vary at all.
/// </summary>
internal sealed class VaryingCompression(IServiceProvider services, IOptions<ResponseCompressionOptions> options) : IResponseCompressionProvider
{
    private readonly ResponseCompressionProvider _inner = new(services, options);

    public bool CheckRequestAcceptsCompression(HttpContext context) => true;

    /// <summary>The provider for the request's encoding, or null when it accepts none the site has.</summary>
    public ICompressionProvider? GetCompressionProvider(HttpContext context) =>
        _inner.CheckRequestAcceptsCompression(context) ? _inner.GetCompressionProvider(context) : null;

    public bool ShouldCompressResponse(HttpContext context) => _inner.ShouldCompressResponse(context);
}
