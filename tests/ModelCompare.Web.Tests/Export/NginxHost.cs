using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ModelCompare.Web.Tests.Export;

/// <summary>
/// nginx serving an export folder with the repository's <c>deploy/nginx/modelcompare.conf</c> on a free loopback
/// port, with its own temporary folders under <c>root</c>. Needs nginx with Debian's brotli_static module
/// (<c>.ci/run</c> installs them).
/// </summary>
internal sealed class NginxHost : IDisposable
{
    private const string BrotliModule = "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so";
    private Process? _process;

    private NginxHost(Uri address) => Address = address;

    /// <summary>Where nginx answers, such as http://127.0.0.1:41234.</summary>
    public Uri Address { get; }

    /// <summary>
    /// Starts nginx over <paramref name="site"/>; each of <paramref name="includes"/> (repository-relative config files,
    /// after <paramref name="edit"/>) is included in the server block ahead of its locations, as their comments ask.
    /// </summary>
    public static async Task<NginxHost> StartAsync(string root, string site, IEnumerable<string>? includes = null, Func<string, string>? edit = null)
    {
        Assert.True(File.Exists("/usr/sbin/nginx") && File.Exists(BrotliModule), "Install nginx and its Brotli module: apt-get install nginx libnginx-mod-http-brotli-static");
        int port;
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }

        var included = new List<string>();
        foreach (var (file, i) in (includes ?? []).Select((f, i) => (f, i)))
        {
            var path = Path.Combine(root, $"include-{i}.conf");
            var text = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot(), file));
            await File.WriteAllTextAsync(path, edit is null ? text : edit(text));
            included.Add($"include {path};");
        }

        var server = (await File.ReadAllTextAsync(Path.Combine(RepositoryRoot(), "deploy", "nginx", "modelcompare.conf")))
            .Replace("listen 8080;", $"listen 127.0.0.1:{port};", StringComparison.Ordinal)
            .Replace("root /srv/modelcompare/site;", $"root {site};", StringComparison.Ordinal);
        if (included.Count > 0)
        {
            var first = server.IndexOf("    location ", StringComparison.Ordinal);
            server = server.Insert(first, "    " + string.Join("\n    ", included) + "\n\n");
        }

        await File.WriteAllTextAsync(Path.Combine(root, "modelcompare.conf"), server);
        var temp = string.Join(' ', new[] { "client_body", "proxy", "fastcgi", "uwsgi", "scgi" }.Select(t => $"{t}_temp_path {root}/{t};"));
        await File.WriteAllTextAsync(Path.Combine(root, "nginx.conf"), $$"""
            load_module {{BrotliModule}};
            daemon off; master_process off; pid {{root}}/nginx.pid; error_log {{root}}/error.log;
            events { worker_connections 64; }
            http {
                include /etc/nginx/mime.types; default_type application/octet-stream; access_log off; {{temp}}
                include {{root}}/modelcompare.conf;
            }
            """);
        var host = new NginxHost(new Uri($"http://127.0.0.1:{port}"))
        {
            _process = Process.Start(new ProcessStartInfo("/usr/sbin/nginx", ["-p", root, "-c", Path.Combine(root, "nginx.conf")]) { RedirectStandardError = true, UseShellExecute = false }),
        };
        using var client = new HttpClient { BaseAddress = host.Address };
        for (var tries = 0; ; tries++)
        {
            try
            {
                using var _ = await client.GetAsync(new Uri("/", UriKind.Relative));
                return host;
            }
            catch (HttpRequestException) when (tries < 100 && host._process is { HasExited: false })
            {
                await Task.Delay(50);
            }
        }
    }

    public void Dispose()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill();
            _process.WaitForExit();
        }

        _process?.Dispose();
        _process = null;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "deploy", "nginx", "modelcompare.conf")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("No deploy/nginx/modelcompare.conf above the test output.");
    }
}
