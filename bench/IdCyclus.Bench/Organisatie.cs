using System.Globalization;
using System.Text.Json;
using IdCyclus.Shared;
using IdCyclus.Shared.Integratie;
using IdCyclus.Shared.Validation;
using IdCyclus.Workflows;
using IdCyclus.Workflows.Runtime;
using IdCyclus.Workflows.Runtime.Motor;
using IdCyclus.Workflows.Runtime.Persistence;

namespace IdCyclus.Bench;

/// <summary>
/// A synthetic organisation of N units ("directies") in clusters of <see cref="ClusterGrootte"/>, each unit with one
/// directeur, each cluster with one clusterdirecteur, a Bureau of 2 and a GMT of 6 (as in the seeded organisation:
/// 44 directies in 6 clusters, a projectleider and a data-analist, 6 GMT members). No unit has a trekker, so the
/// fan-out creates a task for every unit. Lookups are in memory: the benchmark measures the runtime, not Organisatie.
/// </summary>
internal sealed class SynthetischeOrganisatie : IRolResolver, IWorkflowCollectie, IWorkflowVoorwaarde
{
    public const int ClusterGrootte = 8;

    private readonly Dictionary<string, WorkflowPersoon> _directeuren = [];
    private readonly Dictionary<string, WorkflowPersoon> _clusterdirecteuren = [];
    private readonly List<WorkflowItem> _items = [];
    private readonly WorkflowPersoon[] _bureau;
    private readonly WorkflowPersoon[] _gmt;

    public SynthetischeOrganisatie(int eenheden)
    {
        for (var i = 1; i <= eenheden; i++)
        {
            var sleutel = $"d{i:00000}";
            _items.Add(new WorkflowItem(sleutel, $"Directie {i} (D{i:00000})", sleutel));
            _directeuren[sleutel] = Persoon(1, i, $"Directeur D{i:00000}");
            var cluster = Cluster(sleutel);
            if (!_clusterdirecteuren.ContainsKey(cluster))
            {
                _clusterdirecteuren[cluster] = Persoon(2, _clusterdirecteuren.Count + 1, $"Clusterdirecteur {cluster}");
            }
        }

        _bureau = [.. Enumerable.Range(1, 2).Select(i => Persoon(3, i, $"Bureau-medewerker {i}"))];
        _gmt = [.. Enumerable.Range(1, 6).Select(i => Persoon(4, i, $"GMT-lid {i}"))];
    }

    public int Eenheden => _items.Count;

    public WorkflowPersoon Directeur(string eenheid) => _directeuren[eenheid];

    public IReadOnlyCollection<string> Rollen => ["directeur", "trekker", "clusterdirecteur", "bureau", "gmt"];

    string IWorkflowCollectie.Naam => "actieve-directies";

    string IWorkflowVoorwaarde.Naam => "directie-zonder-trekker";

    public Task<IReadOnlyList<WorkflowPersoon>> ResolveAsync(string rol, string? bereik, DateOnly datum, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<WorkflowPersoon>>(rol switch
        {
            "directeur" => bereik is not null && _directeuren.TryGetValue(bereik, out var d) ? [d] : [],
            "trekker" => [],
            "clusterdirecteur" => bereik is not null && _clusterdirecteuren.TryGetValue(Cluster(bereik), out var c) ? [c] : [],
            "bureau" => _bureau,
            "gmt" => _gmt,
            _ => throw new ArgumentOutOfRangeException(nameof(rol), rol, "Onbekende rol."),
        });

    public Task<IReadOnlyList<WorkflowItem>> ItemsAsync(DateOnly datum, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<WorkflowItem>>(_items);

    public Task<bool> GeldtAsync(WorkflowItem item, DateOnly datum, CancellationToken cancellationToken) => Task.FromResult(true);

    private static string Cluster(string eenheid) => $"c{(int.Parse(eenheid[1..], CultureInfo.InvariantCulture) - 1) / ClusterGrootte + 1:0000}";

    private static WorkflowPersoon Persoon(int soort, int nummer, string naam) =>
        new(new Guid(soort, 0, 0, BitConverter.GetBytes((long)nummer)), naam, $"{naam.ToLowerInvariant().Replace(' ', '.')}@bench.example");
}

/// <summary>Dutch templates shaped like the Cyclus module's: the same formatting work per message.</summary>
internal sealed class BenchSjablonen : IBerichtSjablonen
{
    public IReadOnlyCollection<string> Namen { get; } = ["taak-toegewezen", "herinnering", "escalatie"];

    public (string Onderwerp, string Tekst) Maak(string sjabloon, BerichtGegevens g)
    {
        var deadline = g.Deadline is { } d ? TimeZoneInfo.ConvertTime(d, Tijd.Amsterdam).ToString("dddd d MMMM yyyy 'om' HH:mm", Nederlands.Cultuur) : "geen";
        var voor = g.ItemOmschrijving is null ? "" : $" ({g.ItemOmschrijving})";
        var link = g.Link is null ? "" : $"\n\nOpenen in IdCyclus: {g.Link}";
        const string groet = "\n\nMet vriendelijke groet,\nBureau Inclusie en Diversiteit\n\nDit bericht is verstuurd door IdCyclus.";
        return sjabloon switch
        {
            "taak-toegewezen" => ($"Nieuwe taak: {g.TaakTitel}{voor}",
                $"Beste {g.OntvangerNaam},\n\nEr staat een nieuwe taak voor u klaar in {g.WorkflowNaam}: {g.TaakTitel}{voor}.\nDeadline: {deadline}.{link}{groet}"),
            "herinnering" => ($"Herinnering: {g.TaakTitel}{voor} — deadline {deadline}",
                $"Beste {g.OntvangerNaam},\n\nDe taak {g.TaakTitel}{voor} is nog niet afgerond. De deadline is {deadline}.{link}{groet}"),
            "escalatie" => ($"Escalatie: {g.TaakTitel}{voor} is niet op tijd afgerond",
                $"Beste {g.OntvangerNaam},\n\nDe taak {g.TaakTitel}{voor} van {g.OorspronkelijkeBehandelaar ?? "de behandelaar"} had uiterlijk {deadline} afgerond moeten zijn. " +
                $"Dit is escalatieniveau {g.EscalatieNiveau}.{link}{groet}"),
            _ => throw new ArgumentOutOfRangeException(nameof(sjabloon), sjabloon, "Onbekend berichtsjabloon."),
        };
    }
}

/// <summary>The appointment form: name and at least 8 hours; emits one integration event, as the real form does.</summary>
internal sealed class TrekkerFormulier : ITaakFormulier
{
    public const string EventType = "bench.trekker-benoemd";

    public string Naam => "trekker-benoemen";

    public Task<FormulierUitkomst> VerwerkAsync(FormulierContext context, IReadOnlyDictionary<string, string?> velden, CancellationToken cancellationToken)
    {
        var naam = velden.GetValueOrDefault("Naam")?.Trim();
        if (string.IsNullOrEmpty(naam))
        {
            return Task.FromResult(FormulierUitkomst.Fout([new Fout("Naam", "Vul de naam van de nieuwe trekker in.")]));
        }

        if (!decimal.TryParse(velden.GetValueOrDefault("UrenPerWeek"), NumberStyles.Number, Nederlands.Cultuur, out var uren) || uren < 8)
        {
            return Task.FromResult(FormulierUitkomst.Fout([new Fout("UrenPerWeek", "Een trekker krijgt minimaal 8 uur per week.")]));
        }

        var json = JsonSerializer.Serialize(new { context.Bereik, Naam = naam, Uren = uren, Door = context.Door.Id });
        return Task.FromResult(FormulierUitkomst.Gelukt($"Trekker: {naam}, {uren} uur per week.",
            new IntegratieGebeurtenis(EventType, $"trekker:{context.TaakId:N}", json)));
    }
}

/// <summary>Receives the outbox events of the form and does nothing (the real handler writes into Organisatie).</summary>
internal sealed class NulHandler : IIntegratieHandler<BenchTrekker>
{
    public Task VerwerkAsync(string sleutel, BenchTrekker gebeurtenis, CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>The form's event, as the delivery deserialises it.</summary>
internal sealed record BenchTrekker(string? Naam, decimal? Uren) : IIntegratieGebeurtenis
{
    public static string Type => TrekkerFormulier.EventType;
}

/// <summary>"Sends" a mail by counting it.</summary>
internal sealed class NulVerzender : IMailVerzender
{
    public int Verzonden { get; private set; }

    public Task VerzendAsync(WorkflowBericht bericht, CancellationToken cancellationToken)
    {
        Verzonden++;
        return Task.CompletedTask;
    }
}

/// <summary>The format validator of IdCyclus.Workflows with a catalogue of the names this benchmark registers.</summary>
internal sealed class BenchValidator(SynthetischeOrganisatie organisatie, IBerichtSjablonen sjablonen, ITaakFormulier formulier) : IDefinitieValidator
{
    public GevalideerdeDefinitie Valideer(string json)
    {
        var catalogus = new WorkflowCatalogus
        {
            Rollen = organisatie.Rollen.ToHashSet(StringComparer.Ordinal),
            Collecties = new HashSet<string>(StringComparer.Ordinal) { ((IWorkflowCollectie)organisatie).Naam },
            Voorwaarden = new HashSet<string>(StringComparer.Ordinal) { ((IWorkflowVoorwaarde)organisatie).Naam },
            Sjablonen = sjablonen.Namen.ToHashSet(StringComparer.Ordinal),
            Formulieren = new HashSet<string>(StringComparer.Ordinal) { formulier.Naam },
        };
        var gelezen = WorkflowDefinitieLezer.Lees(json, catalogus);
        return gelezen.IsGeldig
            ? new GevalideerdeDefinitie(gelezen.Definitie.Id, gelezen.Definitie.Naam, gelezen.Definitie.Versie, [])
            : new GevalideerdeDefinitie(null, null, 0, [.. gelezen.Fouten.Select(f => new Fout(f.Pad, f.Melding))]);
    }
}

internal static class BenchDefinitie
{
    public const string Id = "bench-benoem-een-trekker";

    /// <summary>"Benoem een trekker" as the Cyclus module ships it (same steps, deadline, reminders and ladder).</summary>
    public const string Json = """
        {
          "id": "bench-benoem-een-trekker",
          "naam": "Benoem een trekker (benchmark)",
          "versie": 1,
          "omschrijving": "Voor elke actieve directie zonder trekker benoemt de directeur een trekker met minimaal 8 uur per week.",
          "opties": { "werkdagen": false },
          "stappen": [
            {
              "id": "per-directie",
              "naam": "Directies zonder trekker",
              "soort": "perItem",
              "collectie": "actieve-directies",
              "voorwaarde": "directie-zonder-trekker",
              "stappen": [
                {
                  "id": "trekker-benoemen",
                  "naam": "Benoem een trekker",
                  "soort": "taak",
                  "omschrijving": "Uw directie heeft geen trekker. Vul in wie de trekker wordt en met hoeveel uur per week.",
                  "rol": "directeur",
                  "bereik": "item",
                  "formulier": "trekker-benoemen",
                  "deadline": { "na": "P28D", "vanaf": "start" },
                  "herinneringen": ["P7D", "P1D"],
                  "escalaties": [
                    { "na": "P0D", "naarRol": "clusterdirecteur", "melding": "escalatie", "herverdelen": false },
                    { "na": "P14D", "naarRol": "bureau", "melding": "escalatie", "herverdelen": false },
                    { "na": "P14D", "naarRol": "gmt", "melding": "escalatie", "herverdelen": false }
                  ]
                }
              ]
            }
          ]
        }
        """;
}
