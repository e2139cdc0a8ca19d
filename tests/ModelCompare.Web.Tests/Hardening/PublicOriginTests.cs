using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting.Internal;
using ModelCompare.Web.Hosting;

namespace ModelCompare.Web.Tests.Hardening;

public sealed class PublicOriginTests
{
    private const string Message =
        "ModelCompare:PublicOrigin is not set: set the environment variable ModelCompare__PublicOrigin to the site's public address, such as ModelCompare__PublicOrigin=https://models.example.com";

    [Theory]
    [InlineData("Production", null, Message)]
    [InlineData("Staging", "  ", Message)]
    [InlineData("Production", "https://models.example.com", null)]
    [InlineData("Development", null, null)]
    [InlineData("Production", "models.example.com", "ModelCompare:PublicOrigin must be an absolute http or https address such as https://models.example.com, not \"models.example.com\"")]
    [InlineData("Development", "ftp://models.example.com", "ModelCompare:PublicOrigin must be an absolute http or https address such as https://models.example.com, not \"ftp://models.example.com\"")]
    public void The_origin_is_required_outside_development_and_must_be_an_absolute_web_address(string environment, string? origin, string? failure)
    {
        var settings = origin is null ? [] : new Dictionary<string, string?> { ["ModelCompare:PublicOrigin"] = origin };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var options = configuration.GetSection(ModelCompareOptions.Section).Get<ModelCompareOptions>() ?? new ModelCompareOptions();
        var validation = new PublicOriginValidation(configuration, new HostingEnvironment { EnvironmentName = environment });

        var result = validation.Validate(null, options);

        Assert.Equal(failure, result.Failed ? result.FailureMessage : null);
    }

    [Fact]
    public void Development_falls_back_to_localhost() =>
        Assert.Equal(new Uri("http://localhost:5080"), new ModelCompareOptions().PublicOrigin);
}
