using IdCyclus.Workflows.Runtime;

namespace IdCyclus.Host.Infrastructuur;

/// <summary>
/// Settings the host cannot run without outside Development. Mail links are built from Workflows:BasisUrl; its default
/// (http://localhost:5080) is right on a developer's machine and wrong everywhere else, where every reminder and
/// escalation would send people to a dead link. So outside Development it must be set, to an absolute http(s) address.
/// </summary>
internal static class Startcontrole
{
    public const string BasisUrlSleutel = $"{WorkflowOpties.Sectie}:{nameof(WorkflowOpties.BasisUrl)}";

    /// <summary>Logs why and returns false; the host then stops with a non-zero exit code before it listens.</summary>
    public static bool BasisUrlIngesteld(IConfiguration configuratie, IHostEnvironment omgeving, ILogger logger)
    {
        if (omgeving.IsDevelopment())
        {
            return true;
        }

        // The key itself, not the bound WorkflowOpties: its default would hide that nobody set it.
        var waarde = configuratie.GetSection(WorkflowOpties.Sectie)[nameof(WorkflowOpties.BasisUrl)];
        if (Uri.TryCreate(waarde, UriKind.Absolute, out var adres) && (adres.Scheme == Uri.UriSchemeHttps || adres.Scheme == Uri.UriSchemeHttp))
        {
            return true;
        }

        logger.LogCritical(
            "IdCyclus start niet: {Sleutel} is {Waarde} in omgeving '{Omgeving}'. Mails verwijzen met dit adres naar taken; zonder een juist adres "
            + "sturen herinneringen en escalaties mensen naar een dode link. Zet {Sleutel} op het openbare adres, bijvoorbeeld https://idcyclus.amsterdam.nl.",
            BasisUrlSleutel,
            string.IsNullOrWhiteSpace(waarde) ? "niet ingesteld" : $"'{waarde}', geen geldig http(s)-adres",
            omgeving.EnvironmentName,
            BasisUrlSleutel);
        return false;
    }
}
