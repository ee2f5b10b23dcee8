using System.Text.RegularExpressions;
using IdCyclus.Shared.Persistence;
using IdCyclus.Workflows.Runtime;
using IdCyclus.Workflows.Runtime.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Tests.Duurzaamheid;

/// <summary>
/// What a run leaves behind, in words that do not depend on the run: every id of an instance or task is replaced by
/// its place in the workflow ("item P&amp;O/taak benoem"), moments of firing and sending are left out. Two runs of the
/// same workflow from the same database template must give equal lists.
/// </summary>
public sealed partial record Eindtoestand(
    IReadOnlyList<string> Instanties, IReadOnlyList<string> Historie, IReadOnlyList<string> Taken,
    IReadOnlyList<string> Timers, IReadOnlyList<string> Berichten, IReadOnlyDictionary<Guid, string> MailSleutels)
{
    public static async Task<Eindtoestand> LeesAsync(string verbinding)
    {
        var builder = new DbContextOptionsBuilder<WorkflowDbContext>();
        builder.UseModuleDatabase(DatabaseProvider.Sqlite, verbinding, WorkflowDbContext.Schema);
        await using var db = new WorkflowDbContext(builder.Options);

        var instanties = await db.Instanties.AsNoTracking().ToListAsync();
        var namen = instanties.ToDictionary(i => i.Id, i => i.OuderId is null ? "wortel" : $"item {i.ItemSleutel}");
        var taken = await db.Taken.AsNoTracking().ToListAsync();
        foreach (var taak in taken)
        {
            namen[taak.Id] = $"{namen[taak.InstantieId]}/taak {taak.StapId}";
        }

        string Naam(Guid? id) => id is { } g ? namen.GetValueOrDefault(g, "?") : "-";
        string Canoniek(string tekst) => GuidPatroon().Replace(tekst, m => Guid.TryParse(m.Value, out var g) && namen.TryGetValue(g, out var n) ? n : m.Value);

        var berichten = await db.Berichten.AsNoTracking().ToListAsync();
        return new Eindtoestand(
            Gesorteerd(instanties.Select(i => $"{Naam(i.Id)} | {i.DefinitieId} | {i.Status}")),
            Gesorteerd((await db.Gebeurtenissen.AsNoTracking().ToListAsync())
                .Select(g => $"{Naam(g.InstantieId)} | {Naam(g.TaakId)} | {g.StapId} | {g.Door} | {g.Soort} | {Canoniek(g.Omschrijving)}")),
            Gesorteerd(taken.Select(t => $"{Naam(t.Id)} | {t.Status} | {t.ToegewezenAan} | niveau {t.EscalatieNiveau} | {t.DeadlineUtc:O}")),
            Gesorteerd((await db.Timers.AsNoTracking().ToListAsync())
                .Select(t => $"{Naam(t.InstantieId)} | {Naam(t.TaakId)} | {t.StapId} | {t.Soort} {t.Niveau} | {t.MomentUtc:O} | {t.Status}")),
            Gesorteerd(berichten.Select(b => $"{b.Kanaal} | {Canoniek(b.Sleutel)} | {b.OntvangerAdres} | {b.Onderwerp} | {b.Status}")),
            berichten.Where(b => b.Kanaal == BerichtKanaal.Mail).ToDictionary(b => b.Id, b => b.Sleutel));
    }

    /// <summary>The first difference with <paramref name="verwacht"/>, in Dutch, or null when both are equal.</summary>
    public string? VerschilMet(Eindtoestand verwacht) =>
        Verschil("instanties", Instanties, verwacht.Instanties)
        ?? Verschil("historieregels", Historie, verwacht.Historie)
        ?? Verschil("taken", Taken, verwacht.Taken)
        ?? Verschil("timers", Timers, verwacht.Timers)
        ?? Verschil("berichten", Berichten, verwacht.Berichten);

    private static string? Verschil(string wat, IReadOnlyList<string> gezien, IReadOnlyList<string> verwacht)
    {
        var teveel = gezien.Except(verwacht).FirstOrDefault();
        var ontbreekt = verwacht.Except(gezien).FirstOrDefault();
        if (gezien.Count == verwacht.Count && teveel is null && ontbreekt is null && gezien.SequenceEqual(verwacht))
        {
            return null;
        }

        return $"{wat}: {gezien.Count} in plaats van {verwacht.Count}"
            + (ontbreekt is null ? "" : $"; ontbreekt: {ontbreekt}")
            + (teveel is null ? "" : $"; extra: {teveel}");
    }

    private static List<string> Gesorteerd(IEnumerable<string> regels) => regels.Order(StringComparer.Ordinal).ToList();

    [GeneratedRegex("[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}", RegexOptions.IgnoreCase)]
    private static partial Regex GuidPatroon();
}
