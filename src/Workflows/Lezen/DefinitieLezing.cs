using System.Text.Json;
using System.Text.RegularExpressions;

namespace IdCyclus.Workflows.Lezen;

/// <summary>
/// One reading of a definition. First a walk over the JSON in document order that checks every value on its own and
/// builds the model; then the checks between steps (unique ids, references, cycles, anchors), which need all steps.
/// One file per job: this one (the definition and its options), .Stappen (each kind of step), .Termijnen (the values
/// inside a step), .Json (JSON primitives with Dutch errors), .Samenhang (checks between steps); typo suggestions are
/// <see cref="Suggesties"/>.
/// </summary>
/// <param name="catalogus">The names the host knows; null to leave names unchecked.</param>
/// <param name="sjabloon">True to read a template: parameters may lack a value (every other check still applies).</param>
internal sealed partial class DefinitieLezing(IWorkflowCatalogus? catalogus, bool sjabloon = false)
{
    private readonly List<DefinitieFout> fouten = [];
    private readonly List<StapInfo> alleStappen = [];
    private readonly List<StappenLijst> lijsten = [];

    public IReadOnlyList<DefinitieFout> Fouten => fouten;

    public WorkflowDefinitie? Lees(JsonElement wortel)
    {
        var velden = Object(wortel, "$", "De definitie");
        if (velden is null)
        {
            return null;
        }

        Onbekend(velden, "$", Velden.Definitie, "in de definitie");
        Tekst(velden, "$", "$schema", verplicht: false);
        var id = Slug(velden, "$", "id", verplicht: true, "bijvoorbeeld 'jaarplan-goedkeuren'");
        var naam = Tekst(velden, "$", "naam", verplicht: true);
        var versie = Versie(velden);
        var omschrijving = Tekst(velden, "$", "omschrijving", verplicht: false);
        var opties = Opties(velden);
        var gedeclareerd = Parameters(velden);
        var gegeven = Waarden(velden, gedeclareerd is not null);
        var hoogste = new StappenLijst(ouder: null);
        lijsten.Add(hoogste);
        var stappen = Stappen(velden, "$", hoogste, "De definitie heeft stappen nodig: een lijst met ten minste één stap.");

        ControleerTussenStappen();

        if (fouten.Count > 0 || id is null || naam is null || versie is null || stappen is null || gedeclareerd is null || gegeven is null)
        {
            return null;
        }

        return new WorkflowDefinitie
        {
            Id = id, Naam = naam, Versie = versie.Value, Omschrijving = omschrijving, Opties = opties, Parameters = gedeclareerd, Waarden = gegeven,
            Stappen = stappen,
        };
    }

    private int? Versie(Dictionary<string, JsonElement> velden)
    {
        const string pad = "$.versie";
        if (!Waarde(velden, "$", "versie", verplicht: true, out var waarde))
        {
            return null;
        }

        var versie = GeheelGetal(waarde, pad, "versie");
        if (versie is < 1)
        {
            Fout(pad, $"Versie {versie} is ongeldig: de versie is een geheel getal van 1 of hoger.");
            return null;
        }

        return versie;
    }

    private WorkflowOpties Opties(Dictionary<string, JsonElement> velden)
    {
        if (!Waarde(velden, "$", "opties", verplicht: false, out var waarde) || Object(waarde, "$.opties", "Veld 'opties'") is not { } opties)
        {
            return WorkflowOpties.Standaard;
        }

        Onbekend(opties, "$.opties", Velden.Opties, "in 'opties'");
        return new WorkflowOpties(
            Waarheid(opties, "$.opties", "werkdagen") ?? false,
            Keuze(opties, "$.opties", "herhaling", Velden.Herhalingen, verplicht: false, "herhaling", "Onbekende herhaling") ?? Herhaling.Geen);
    }

    private void Fout(string pad, string melding) => fouten.Add(new DefinitieFout(pad, melding));

    private static string Pad(string ouder, string veld) =>
        VeldnaamPatroon().IsMatch(veld) ? $"{ouder}.{veld}" : $"{ouder}['{veld.Replace("'", "\\'", StringComparison.Ordinal)}']";

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$", RegexOptions.CultureInvariant)]
    internal static partial Regex SlugPatroon();

    [GeneratedRegex("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex DatumPatroon();

    [GeneratedRegex("^[A-Za-z_$][A-Za-z0-9_$]*$", RegexOptions.CultureInvariant)]
    private static partial Regex VeldnaamPatroon();

    private sealed class StapInfo(string pad, StappenLijst lijst)
    {
        public string Pad { get; } = pad;

        public StappenLijst Lijst { get; } = lijst;

        public string? Id { get; set; }

        public StapSoort? Soort { get; set; }

        public Wachtwijze? Wacht { get; set; }

        public int? Aantal { get; set; }

        public StappenLijst? Genest { get; set; }

        public List<(string Id, string Pad)> NaStappen { get; } = [];

        public List<(string StapId, string Pad)> Ankers { get; } = [];
    }

    /// <summary>A list of steps that share one scope: the top level, or the nested steps of one fan-out (<see cref="Ouder"/>).</summary>
    private sealed class StappenLijst(StapInfo? ouder)
    {
        public StapInfo? Ouder { get; } = ouder;

        public List<StapInfo> Stappen { get; } = [];

        public Dictionary<StapInfo, List<StapInfo>>? Verbonden { get; set; }
    }
}
