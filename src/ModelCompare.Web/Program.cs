using ModelCompare.Web.Cli;
using ModelCompare.Web.Hosting;

if (SiteCommands.IsCommand(args))
{
    return await SiteCommands.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(ModelCompareHost.CreateOptions(args));
builder.AddModelCompare();

var app = builder.Build();
app.UseModelCompare();
await app.RunAsync();
return 0;
