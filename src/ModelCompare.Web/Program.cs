using ModelCompare.Web.Cli;
using ModelCompare.Web.Hosting;

var invocation = Invocation.Parse(args);
if (SiteCommands.IsCommand(invocation.Args))
{
    return await SiteCommands.RunAsync(invocation);
}

return await SiteStartup.RunAsync(invocation);
