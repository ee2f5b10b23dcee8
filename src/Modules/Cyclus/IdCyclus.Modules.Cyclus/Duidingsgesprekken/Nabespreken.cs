using System.Globalization;
using System.Text.Json;
using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Shared;
using IdCyclus.Shared.Integratie;
using IdCyclus.Workflows.Runtime;
using IdCyclus.Workflows.Runtime.Motor;

namespace IdCyclus.Modules.Cyclus.Duidingsgesprekken;

/// <summary>
/// The accounthouder recorded the outcome of one section's duidingsgesprek (<see cref="GesprekId"/> is the section's
/// run). Raised by the outcome form in the completion's own transaction and received by Cyclus itself, so the
/// clusterdirecteur's tasks per directeur start exactly once, right after this section, not after every section (ADR 0032).
/// </summary>
internal sealed record DuidingsuitkomstVastgelegd(Guid GesprekId, string ClusterId, DateTimeOffset Op) : IIntegratieGebeurtenis
{
    public static string Type => "cyclus.duidingsuitkomst-vastgelegd";

    public IntegratieGebeurtenis AlsGebeurtenis() => new(
        Type, string.Create(CultureInfo.InvariantCulture, $"duidingsgesprek:{GesprekId:N}:uitkomst"),
        JsonSerializer.Serialize(this, JsonSerializerOptions.Web));
}

/// <summary>
/// Starts, per directie of the section active on the day of the outcome, one run of <c>duiding-nabespreken</c> for the
/// section's clusterdirecteur (deadline four weeks after the outcome). The runtime's fan-out is one level deep, so a
/// per-directie fan-out cannot nest in the per-section one; a run per item under a unique key per section and directie
/// (ADR 0023's <c>StartVoorItemAsync</c>) gives the same tasks without waiting for the other sections. A redelivered
/// event finds every run started and starts nothing.
/// </summary>
internal sealed class NabesprekenStartenHandler(WorkflowMotor motor, IWorkflowLezer lezer, IOrganisatieQueries organisatie)
    : IIntegratieHandler<DuidingsuitkomstVastgelegd>
{
    public const string DefinitieId = "duiding-nabespreken";

    public static string Sleutel(Guid gesprekId, Guid directieId) => string.Create(CultureInfo.InvariantCulture, $"{DefinitieId}:{gesprekId:N}:{directieId:N}");

    /// <summary>The conversation a run of <c>duiding-nabespreken</c> follows, from its unique key (<see cref="Sleutel"/>).</summary>
    public static Guid? GesprekVan(string? uniekeSleutel) =>
        uniekeSleutel?.Split(':') is [DefinitieId, var gesprek, _] && Guid.TryParseExact(gesprek, "N", out var id) ? id : null;

    public async Task VerwerkAsync(string sleutel, DuidingsuitkomstVastgelegd gebeurtenis, CancellationToken cancellationToken)
    {
        var dag = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(gebeurtenis.Op, Tijd.Amsterdam).DateTime);
        var directies = await Duidingsformulier.DirectiesVanClusterAsync(organisatie, gebeurtenis.ClusterId, dag, cancellationToken);
        foreach (var directie in directies)
        {
            var uniek = Sleutel(gebeurtenis.GesprekId, directie.Id);
            if ((await lezer.InstantiesAsync(new InstantieVraag { UniekeSleutel = uniek, Maximum = 1 }, cancellationToken)).Count > 0)
            {
                continue;
            }

            var item = new WorkflowItem(directie.Id.ToString(), directie.Weergavenaam, directie.Id.ToString());
            var gestart = await motor.StartVoorItemAsync(DefinitieId, null, gebeurtenis.Op, Handelende.Systeem, uniek, item, null, cancellationToken);
            if (!gestart.IsGelukt)
            {
                // Stays an incident on /berichten: Bureau sees which directie got no task, and retries.
                throw new InvalidOperationException(string.Join(" ", gestart.Fouten.Select(f => f.Melding)));
            }
        }
    }
}
