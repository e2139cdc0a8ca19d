using Microsoft.AspNetCore.Mvc.RazorPages;
using ModelCompare.Catalog;

namespace ModelCompare.Web.Pages;

public sealed class IndexModel(ICatalogAccessor catalog) : PageModel
{
    public CatalogSnapshot Catalog { get; } = catalog.Current;
}
