using System.Globalization;
using System.IO.Pipelines;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;
using ModelCompare.Catalog;

namespace ModelCompare.Web.Hosting;

/// <summary>
/// Pins the request to one catalog snapshot, gives every page an ETag and Last-Modified taken from that
/// snapshot's data version, and answers conditional requests (<c>If-None-Match</c>, <c>If-Modified-Since</c>)
/// for every page, preview and feed in one place.
/// <para>
/// A condition is evaluated only once the response's status is known: only a resource that exists and
/// answers 200 may answer 304 (RFC 9110 13.1), so a missing page, a redirect or a refused query answers as
/// it would without the condition, whatever <c>If-None-Match: *</c> or a date says. The response is not
/// buffered: the decision is taken when the first byte (or the end) comes, and a 304 drops the body. The
/// conditional headers are taken off the request, so the layers inside (the output cache, file results)
/// answer as to a plain request and never decide a 304 of their own.
/// </para>
/// </summary>
internal sealed class DataVersionHeaders(RequestDelegate next, CatalogStore store, TimeProvider clock)
{
    /// <summary>A new build can change every page without changing the data, so the ETag names both.</summary>
    private static readonly string Build = typeof(DataVersionHeaders).Assembly.ManifestModule.ModuleVersionId.ToString("N")[..8];

    private Validators? _validators;

    private sealed record Validators(DataVersion Version, EntityTagHeaderValue ETag, string ETagText, DateTimeOffset LastModified, string LastModifiedText);

    public Task InvokeAsync(HttpContext context)
    {
        var snapshot = store.Pin();
        var request = context.Request;
        if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) || IsExcluded(request.Path))
        {
            return next(context);
        }

        var validators = For(snapshot.Version);
        context.Response.OnStarting(static state =>
        {
            var (response, v) = ((HttpResponse, Validators))state;
            if (response.StatusCode == StatusCodes.Status200OK && !response.Headers.ContainsKey(HeaderNames.ETag))
            {
                SetValidators(response, v);
            }

            return Task.CompletedTask;
        }, (context.Response, validators));

        var condition = Condition.Take(request, clock.GetUtcNow());
        return condition is null ? next(context) : RunConditionalAsync(context, condition, validators);
    }

    private async Task RunConditionalAsync(HttpContext context, Condition condition, Validators validators)
    {
        var prior = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
        var gate = new NotModifiedGate(context.Response, prior, response => condition.IsMetBy(response, validators), validators);
        context.Features.Set<IHttpResponseBodyFeature>(gate);
        try
        {
            await next(context);
            await gate.FinishAsync();
        }
        finally
        {
            context.Features.Set(prior);
        }
    }

    /// <summary>Pages may change with any editor's save: caches keep them but ask before reuse.</summary>
    private static void SetValidators(HttpResponse response, Validators validators)
    {
        response.Headers.ETag = validators.ETagText;
        response.Headers.LastModified = validators.LastModifiedText;
        response.Headers.CacheControl = "no-cache";
    }

    private static bool IsExcluded(PathString path) =>
        path.StartsWithSegments("/healthz", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/error", StringComparison.OrdinalIgnoreCase);

    private Validators For(DataVersion version)
    {
        var current = _validators;
        if (current is not null && current.Version == version)
        {
            return current;
        }

        var etag = new EntityTagHeaderValue($"\"{version.ShortHash}-{Build}\"", isWeak: true);
        // HTTP dates have whole seconds; truncate so If-Modified-Since compares equal.
        var lastModified = new DateTimeOffset(version.BuiltAt.UtcTicks - (version.BuiltAt.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
        current = new Validators(version, etag, etag.ToString(), lastModified, lastModified.ToString("R", CultureInfo.InvariantCulture));
        _validators = current;
        return current;
    }

    /// <summary>The request's condition, as RFC 9110 13.1.2 and 13.1.3 say to read it.</summary>
    private sealed class Condition
    {
        private IList<EntityTagHeaderValue> _tags = [];
        private DateTimeOffset? _since;

        /// <summary>
        /// Reads the condition and takes both headers off the request; null when there is none to evaluate.
        /// If-None-Match wins over If-Modified-Since; a date is ignored when it is not one valid HTTP date or
        /// lies in the future (the client cannot have seen a version from then).
        /// </summary>
        public static Condition? Take(HttpRequest request, DateTimeOffset now)
        {
            var headers = request.Headers;
            if (headers.IfNoneMatch.Count == 0 && headers.IfModifiedSince.Count == 0)
            {
                return null;
            }

            var condition = new Condition();
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
        /// Whether a 200 response is the representation the client has: compared with the response's own
        /// validators (a preview's, a feed's), or the data version's when it sets none (a page).
        /// </summary>
        public bool IsMetBy(HttpResponse response, Validators validators)
        {
            var own = response.Headers.ETag.Count > 0;
            EntityTagHeaderValue? etag = own ? (EntityTagHeaderValue.TryParse(response.Headers.ETag.ToString(), out var parsed) ? parsed : null) : validators.ETag;
            if (_tags.Count > 0)
            {
                return _tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || (etag is not null && tag.Compare(etag, useStrongComparison: false)));
            }

            DateTimeOffset? lastModified = own || response.Headers.LastModified.Count > 0
                ? (HeaderUtilities.TryParseDate(response.Headers.LastModified.ToString(), out var date) ? date : null)
                : validators.LastModified;
            return _since is { } since && lastModified is { } modified && modified <= since;
        }
    }

    /// <summary>
    /// The response body while a condition is pending: at the first write, flush or start (or at the end,
    /// for a response without a body) a 200 whose condition is met becomes a 304 and its body is dropped;
    /// any other response passes through untouched.
    /// </summary>
    private sealed class NotModifiedGate(HttpResponse response, IHttpResponseBodyFeature prior, Func<HttpResponse, bool> isMet, Validators validators)
        : Stream, IHttpResponseBodyFeature
    {
        private bool? _notModified;
        private PipeWriter? _writer;

        public Stream Stream => this;

        public PipeWriter Writer => _writer ??= PipeWriter.Create(this, new StreamPipeWriterOptions(leaveOpen: true));

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        /// <summary>Decides, once: true when the response became a 304.</summary>
        private bool Decide()
        {
            if (_notModified is { } decided)
            {
                return decided;
            }

            var notModified = response.StatusCode == StatusCodes.Status200OK && isMet(response);
            if (notModified)
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                if (response.Headers.ETag.Count == 0)
                {
                    SetValidators(response, validators);
                }

                response.Headers.ContentLength = null;
                response.Headers.Remove(HeaderNames.ContentType);
                response.Headers.Remove(HeaderNames.ContentDisposition);
            }

            _notModified = notModified;
            return notModified;
        }

        /// <summary>Called when the inner pipeline is done: flushes what a pipe writer holds, and decides a response without a body.</summary>
        public async Task FinishAsync()
        {
            if (_writer is not null)
            {
                await _writer.CompleteAsync();
            }

            if (_notModified is null && response.StatusCode == StatusCodes.Status200OK)
            {
                Decide();
            }
        }

        public void DisableBuffering() => prior.DisableBuffering();

        public Task StartAsync(CancellationToken cancellationToken = default) => Decide() ? Task.CompletedTask : prior.StartAsync(cancellationToken);

        public Task SendFileAsync(string path, long offset, long? count, CancellationToken cancellationToken = default) =>
            Decide() ? Task.CompletedTask : prior.SendFileAsync(path, offset, count, cancellationToken);

        public Task CompleteAsync() => _writer is null ? Task.CompletedTask : _writer.FlushAsync().AsTask();

        public override void Flush()
        {
            if (_notModified == false)
            {
                prior.Stream.Flush();
            }
        }

        public override Task FlushAsync(CancellationToken cancellationToken) =>
            _notModified == false ? prior.Stream.FlushAsync(cancellationToken) : Task.CompletedTask;

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            if (!Decide())
            {
                prior.Stream.Write(buffer);
            }
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) =>
            Decide() ? ValueTask.CompletedTask : prior.Stream.WriteAsync(buffer, cancellationToken);

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
