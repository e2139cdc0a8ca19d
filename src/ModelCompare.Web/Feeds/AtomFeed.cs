using System.Globalization;
using System.Text;
using System.Xml;
using ModelCompare.Comparison;
using ModelCompare.Web.Site;

namespace ModelCompare.Web.Feeds;

/// <summary>One entry of the feed: a price change on a route, or a new model.</summary>
public sealed record FeedEntry(string Id, DateOnly Date, string Title, string Summary, string Path);

/// <summary>The Atom feed of price changes (from the routes' price history) and new models, newest first.</summary>
public static class AtomFeed
{
    public const int MaxEntries = 100;
    private const string Atom = "http://www.w3.org/2005/Atom";

    public static IEnumerable<FeedEntry> Entries(SiteView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var snap = view.Snapshot;
        var changes = snap.Routes.SelectMany(route =>
        {
            var model = snap.FindModel(route.ModelSlug);
            if (model is null || route.History.IsDefaultOrEmpty)
            {
                return Enumerable.Empty<FeedEntry>();
            }

            var provider = view.ProviderName(route.ProviderSlug);
            var points = route.History.OrderBy(h => h.Date).ToList();
            // The newest point is the route's current price: it carries the same mark as every page
            // (unusually low against the list or market price, deprecated, removed).
            var mark = view.Facts[model.Slug].Price.Standing(route.Key) is { } st && (st.IsUnusuallyLow || !st.IsCosted) ? st.Note : null;
            return points.Select((h, i) => new FeedEntry(
                $"price:{route.ProviderSlug}/{route.ModelSlug}/{Iso(h.Date)}/{i.ToString(CultureInfo.InvariantCulture)}",
                h.Date,
                $"{Sentences.PriceEventText(i > 0 ? points[i - 1] : null, h)}: {model.Name} on {provider}",
                i == points.Count - 1 && mark is not null
                    ? $"{Sentences.PriceChangeSummary(model.Name, provider, i > 0 ? points[i - 1] : null, h)} {mark}"
                    : Sentences.PriceChangeSummary(model.Name, provider, i > 0 ? points[i - 1] : null, h),
                Urls.Model(model.Slug)));
        });
        var released = snap.Models
            .Where(m => m.ReleaseDate is not null)
            .Select(m => new FeedEntry(
                $"model:{m.Slug}",
                m.ReleaseDate!.Value,
                $"New model: {m.Name}",
                $"{view.ProviderName(m.MakerSlug)} released {m.Name} on {Comparison.Formatting.Date(m.ReleaseDate.Value)}.",
                Urls.Model(m.Slug)));
        return changes.Concat(released)
            .OrderByDescending(e => e.Date)
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .Take(MaxEntries);
    }

    public static byte[] Write(SiteView view, Uri origin)
    {
        var entries = Entries(view).ToList();
        var host = origin.Host;
        using var output = new MemoryStream();
        using (var xml = XmlWriter.Create(output, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", Atom);
            xml.WriteElementString("title", Atom, "ModelCompare: price changes and new models");
            xml.WriteElementString("id", Atom, Urls.Absolute(origin, Urls.Feed));
            xml.WriteElementString("updated", Atom, Stamp(entries.Count == 0 ? view.LastReviewed : entries[0].Date));
            Link(xml, Urls.Absolute(origin, Urls.Feed), "self");
            Link(xml, Urls.Absolute(origin, Urls.Home), "alternate");
            xml.WriteStartElement("author", Atom);
            xml.WriteElementString("name", Atom, "ModelCompare");
            xml.WriteEndElement();
            xml.WriteElementString("rights", Atom, $"{OpenDataLicense.Name}: {OpenDataLicense.Attribution}");
            foreach (var e in entries)
            {
                xml.WriteStartElement("entry", Atom);
                xml.WriteElementString("id", Atom, $"tag:{host},{Iso(e.Date)}:{e.Id}");
                xml.WriteElementString("title", Atom, e.Title);
                xml.WriteElementString("updated", Atom, Stamp(e.Date));
                Link(xml, Urls.Absolute(origin, e.Path), "alternate");
                xml.WriteElementString("summary", Atom, e.Summary);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return output.ToArray();
    }

    private static void Link(XmlWriter xml, string href, string rel)
    {
        xml.WriteStartElement("link", Atom);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Stamp(DateOnly date) => Iso(date) + "T00:00:00Z";
}
