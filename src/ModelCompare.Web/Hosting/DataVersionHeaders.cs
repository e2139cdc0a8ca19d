using System.Globalization;
using System.IO.Pipelines;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;
using ModelCompare.Web.Site;

namespace ModelCompare.Web.Hosting;

/// <summary>
/// Pins the request to one catalog snapshot, gives every page an ETag and Last-Modified of its own, and
/// answers conditional requests (<c>If-None-Match</c>, <c>If-Modified-Since</c>) for every page, preview and
/// feed in one place.
/// <para>
/// A page's ETag is a digest of its body, so it changes exactly when the page's bytes do: an edit changes
/// the ETags of the pages it changes and no others. Its Last-Modified is the page's data date
/// (<see cref="SiteView.LastModifiedOf"/>, the sitemap's lastmod). A response that sets its own validators
/// (a preview, a feed) keeps them and is not buffered; a page is held until it is complete, to digest it.
/// </para>
/// <para>
/// A data date cannot show every change (a new build changes wording with no new date), so a date-only
/// condition is met only when the date is also no earlier than the moment this process began serving the
/// current data: a client's copy from before then may differ. A validator the ETag gives is always exact.
/// </para>
/// <para>
/// A condition is evaluated only once the response's status is known: only a resource that exists and
/// answers 200 may answer 304 (RFC 9110 13.1), so a missing page, a redirect or a refused query answers as
/// it would without the condition, whatever <c>If-None-Match: *</c> or a date says. The conditional headers
/// are taken off the request, so the layers inside (the output cache, file results) answer as to a plain
/// request and never decide a 304 of their own.
/// </para>
/// </summary>
internal sealed class DataVersionHeaders(RequestDelegate next, CatalogStore store, SiteData site, TimeProvider clock)
{
    private Serving? _serving;

    /// <summary>A view (a data version on one day) and the first second by which this process was serving it.</summary>
    private sealed record Serving(SiteView View, DateTimeOffset Since);

    public async Task InvokeAsync(HttpContext context)
    {
        var view = store.Pin();
        var request = context.Request;
        if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) || IsExcluded(request.Path))
        {
            await next(context);
            return;
        }

        var serving = ServingSince(view);
        var condition = Condition.Take(request, clock.GetUtcNow(), serving.Since);
        if (condition is null)
        {
            // Nothing to answer: every 200 a page, feed or preview gives has its validators by now (Validators, inside
            // the cache, gives a page its own), so the response goes out as it is, less the page marker.
            context.Response.OnStarting(RemovePageMarker, context.Response);
            await next(context);
            return;
        }

        var prior = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
        var path = request.Path.Value ?? "/";
        await using var gate = new ValidatorGate(context.Response, prior, condition, () => PageDate(path));
        await ThroughGateAsync(context, next, gate, prior);
    }

    private static Task RemovePageMarker(object response)
    {
        ((HttpResponse)response).Headers.Remove(PageHeader);
        return Task.CompletedTask;
    }

    /// <summary>Runs the rest of the pipeline writing through the gate, then puts the prior body back.</summary>
    private static async Task ThroughGateAsync(HttpContext context, RequestDelegate next, ValidatorGate gate, IHttpResponseBodyFeature prior)
    {
        context.Features.Set<IHttpResponseBodyFeature>(gate);
        try
        {
            await next(context);
            await gate.FinishAsync(context.RequestAborted);
        }
        finally
        {
            context.Features.Set(prior);
        }
    }

    /// <summary>The page's data date as an HTTP date (midnight UTC of that day).</summary>
    private DateTimeOffset PageDate(string path) => PageDate(site, path);

    private static DateTimeOffset PageDate(SiteData site, string path)
    {
        var date = site.Current.LastModifiedOf(path);
        return new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
    }

    private static bool IsHtml(string? contentType) =>
        contentType is not null && contentType.StartsWith("text/html", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Marks validators <see cref="Validators"/> gave a page, so the conditions here treat them as a page's; it is
    /// taken off before the response leaves.
    /// </summary>
    internal const string PageHeader = "X-ModelCompare-Page-Validators";

    /// <summary>
    /// Gives a page its validators where it is rendered, inside the output cache, so a cached page is stored with
    /// them: a page served from the cache is then sent as it is, not held and digested again on every request
    /// (digesting 50 KB was most of what a cached page cost beyond sending it). <see cref="DataVersionHeaders"/>,
    /// outside the cache, answers the conditions against them.
    /// </summary>
    internal sealed class Validators(RequestDelegate next, SiteData site)
    {
        public async Task InvokeAsync(HttpContext context)
        {
            var request = context.Request;
            if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) || IsExcluded(request.Path))
            {
                await next(context);
                return;
            }

            var prior = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
            var path = request.Path.Value ?? "/";
            await using var gate = new ValidatorGate(context.Response, prior, condition: null, () => PageDate(site, path), markPage: true);
            await ThroughGateAsync(context, next, gate, prior);
        }
    }

    /// <summary>Pages may change with any editor's save: caches keep them but ask before reuse.</summary>
    private static void SetValidators(HttpResponse response, string etag, DateTimeOffset lastModified)
    {
        response.Headers.ETag = etag;
        response.Headers.LastModified = lastModified.ToString("R", CultureInfo.InvariantCulture);
        response.Headers.CacheControl = "no-cache";
    }

    private static bool IsExcluded(PathString path) =>
        path.StartsWithSegments("/healthz", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/error", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// When this process began serving <paramref name="view"/>, rounded up to the next whole second (HTTP
    /// dates have whole seconds, and a copy fetched earlier in that second may be of the data before).
    /// </summary>
    private Serving ServingSince(SiteView view)
    {
        var current = _serving;
        if (current is not null && ReferenceEquals(current.View, view))
        {
            return current;
        }

        var now = clock.GetUtcNow();
        var since = new DateTimeOffset(now.UtcTicks - (now.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero).AddSeconds(1);
        current = new Serving(view, since);
        _serving = current;
        return current;
    }

    /// <summary>The weak ETag of a page: the digest of its bytes (<see cref="ContentDigest"/>).</summary>
    private static string ETagOf(ReadOnlySpan<byte> body) => $"W/\"{ContentDigest.Of(body)}\"";

    /// <summary>The request's condition, as RFC 9110 13.1.2 and 13.1.3 say to read it.</summary>
    private sealed class Condition
    {
        private IList<EntityTagHeaderValue> _tags = [];
        private DateTimeOffset? _since;
        private DateTimeOffset _serving;

        /// <summary>
        /// Reads the condition and takes both headers off the request; null when there is none to evaluate.
        /// If-None-Match wins over If-Modified-Since; a date is ignored when it is not one valid HTTP date or
        /// lies in the future (the client cannot have seen a version from then).
        /// </summary>
        public static Condition? Take(HttpRequest request, DateTimeOffset now, DateTimeOffset serving)
        {
            var headers = request.Headers;
            if (headers.IfNoneMatch.Count == 0 && headers.IfModifiedSince.Count == 0)
            {
                return null;
            }

            var condition = new Condition { _serving = serving };
            if (headers.IfNoneMatch.Count > 0)
            {
                condition._tags = EntityTagHeaderValue.TryParseList(headers.IfNoneMatch, out var tags) ? tags : [];
            }
            else if (headers.IfModifiedSince.Count == 1 && HeaderUtilities.TryParseDate(headers.IfModifiedSince.ToString(), out var since) && since <= now)
            {
                condition._since = since;
            }

            headers.Remove(HeaderNames.IfNoneMatch);
            headers.Remove(HeaderNames.IfModifiedSince);
            return condition._tags.Count > 0 || condition._since is not null ? condition : null;
        }

        /// <summary>
        /// Whether a 200 response is the representation the client has, by the response's validators. A page's
        /// date (<paramref name="isPage"/>) meets the condition only when the client's date is also no earlier
        /// than the moment this process began serving the current data.
        /// </summary>
        public bool IsMetBy(HttpResponse response, bool isPage)
        {
            if (_tags.Count > 0)
            {
                var etag = EntityTagHeaderValue.TryParse(response.Headers.ETag.ToString(), out var parsed) ? parsed : null;
                return _tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || (etag is not null && tag.Compare(etag, useStrongComparison: false)));
            }

            DateTimeOffset? lastModified = HeaderUtilities.TryParseDate(response.Headers.LastModified.ToString(), out var date) ? date : null;
            return _since is { } since && lastModified is { } modified && modified <= since && (!isPage || since >= _serving);
        }
    }

    /// <summary>
    /// The response body of a GET or HEAD. At the first write, flush or start (or at the end, for a response
    /// without a body) it decides: a 200 without validators of its own (a page) is held until complete, then
    /// given its validators and answered in full or as a 304; a 200 with its own validators whose condition
    /// is met becomes a 304 and its body is dropped; any other response passes through untouched.
    /// </summary>
    private sealed class ValidatorGate(HttpResponse response, IHttpResponseBodyFeature prior, Condition? condition, Func<DateTimeOffset> pageDate, bool markPage = false)
        : Stream, IHttpResponseBodyFeature
    {
        private enum Mode
        {
            Undecided,
            Pass,
            Drop,
            Hold,
        }

        private Mode _mode;
        private MemoryStream? _held;
        private PipeWriter? _writer;

        public Stream Stream => this;

        public PipeWriter Writer => _writer ??= PipeWriter.Create(this, new StreamPipeWriterOptions(leaveOpen: true));

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        /// <summary>Decides, once, what happens to the body.</summary>
        private Mode Decide()
        {
            if (_mode != Mode.Undecided)
            {
                return _mode;
            }

            if (response.StatusCode != StatusCodes.Status200OK)
            {
                _mode = Mode.Pass;
            }
            else if (response.Headers.ETag.Count == 0)
            {
                _held = new MemoryStream();
                _mode = Mode.Hold;
            }
            else if (condition is not null && condition.IsMetBy(response, isPage: response.Headers.Remove(PageHeader)))
            {
                NotModified();
                _mode = Mode.Drop;
            }
            else
            {
                response.Headers.Remove(PageHeader);
                _mode = Mode.Pass;
            }

            return _mode;
        }

        private void NotModified()
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            response.Headers.ContentLength = null;
            response.Headers.Remove(HeaderNames.ContentType);
            response.Headers.Remove(HeaderNames.ContentEncoding);
            response.Headers.Remove(HeaderNames.ContentDisposition);
        }

        /// <summary>Called when the inner pipeline is done: flushes what a pipe writer holds, then gives a held page its validators and sends it (or its 304).</summary>
        public async Task FinishAsync(CancellationToken cancellationToken)
        {
            if (_writer is not null)
            {
                await _writer.CompleteAsync();
            }

            if (_mode == Mode.Undecided && response.StatusCode == StatusCodes.Status200OK)
            {
                Decide();
            }

            if (_mode != Mode.Hold || _held is null)
            {
                return;
            }

            var body = _held.GetBuffer().AsMemory(0, (int)_held.Length);
            if (markPage)
            {
                if (IsHtml(response.ContentType))
                {
                    body = body[..HtmlWhitespace.Collapse(body.Span)];
                    if (response.ContentLength is not null)
                    {
                        response.ContentLength = body.Length;
                    }
                }

                response.Headers[PageHeader] = "1";
            }

            SetValidators(response, ETagOf(body.Span), pageDate());

            if (condition is not null && condition.IsMetBy(response, isPage: true))
            {
                NotModified();
                return;
            }

            if (!body.IsEmpty)
            {
                await prior.Stream.WriteAsync(body, cancellationToken);
            }
        }

        public void DisableBuffering() => prior.DisableBuffering();

        public Task StartAsync(CancellationToken cancellationToken = default) =>
            Decide() == Mode.Pass ? prior.StartAsync(cancellationToken) : Task.CompletedTask;

        public Task SendFileAsync(string path, long offset, long? count, CancellationToken cancellationToken = default) => Decide() switch
        {
            Mode.Pass => prior.SendFileAsync(path, offset, count, cancellationToken),
            Mode.Hold => SendFileFallback.SendFileAsync(_held!, path, offset, count, cancellationToken),
            _ => Task.CompletedTask,
        };

        public Task CompleteAsync() => _writer is null ? Task.CompletedTask : _writer.FlushAsync().AsTask();

        public override void Flush()
        {
            if (_mode == Mode.Pass)
            {
                prior.Stream.Flush();
            }
        }

        public override Task FlushAsync(CancellationToken cancellationToken) =>
            _mode == Mode.Pass ? prior.Stream.FlushAsync(cancellationToken) : Task.CompletedTask;

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            switch (Decide())
            {
                case Mode.Pass:
                    prior.Stream.Write(buffer);
                    break;
                case Mode.Hold:
                    _held!.Write(buffer);
                    break;
            }
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            switch (Decide())
            {
                case Mode.Pass:
                    return prior.Stream.WriteAsync(buffer, cancellationToken);
                case Mode.Hold:
                    _held!.Write(buffer.Span);
                    return ValueTask.CompletedTask;
                default:
                    return ValueTask.CompletedTask;
            }
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _held?.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
