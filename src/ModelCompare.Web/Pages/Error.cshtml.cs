using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ModelCompare.Web.Pages;

/// <summary>The page for error status codes and unhandled exceptions; it never shows a stack trace.</summary>
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel
{
    public string Title { get; private set; } = "Something went wrong";

    public string Message { get; private set; } = "The page could not be shown. Please try again in a moment.";

    public void OnGet(int? code) => Describe(code ?? StatusCodes.Status500InternalServerError);

    public void OnPost(int? code) => Describe(code ?? StatusCodes.Status500InternalServerError);

    private void Describe(int code)
    {
        (Title, Message) = code switch
        {
            StatusCodes.Status404NotFound => ("Page not found", "There is no page at this address."),
            StatusCodes.Status400BadRequest => ("Bad request", "The address or its query string could not be understood."),
            StatusCodes.Status405MethodNotAllowed => ("Method not allowed", "This page can only be read."),
            StatusCodes.Status429TooManyRequests => ("Too many requests", "Please wait a moment before trying again."),
            _ => (Title, Message),
        };
        if (HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is null && code is >= 400 and < 500)
        {
            Response.StatusCode = code;
        }
    }
}
