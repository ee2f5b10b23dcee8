using System.Globalization;
using System.Text;
using System.Text.Json;
using IdCyclus.Shared;
using IdCyclus.Shared.Integratie;
using IdCyclus.Workflows.Runtime;
using IdCyclus.Workflows.Runtime.Motor;

namespace IdCyclus.Host.Cli;

/// <summary>A scripted actor: who completes which step, after how many days, for which items — or never.</summary>
internal sealed record Actie(
    string Stap, int? NaDagen, bool Nooit, IReadOnlyList<string>? Voor, string? Door, string? Uitkomst, IReadOnlyDictionary<string, string?>? Velden)
{
    /// <summary>The actor <c>door</c> names when the task's own handler acts (the default).</summary>
    public const string Behandelaar = "behandelaar";

    /// <summary>Null when the action is not for this task; otherwise the <c>voor</c> entry it matched ("" without a list).</summary>
    public string? Raakt(WorkflowTaak taak) =>
        taak.StapId != Stap ? null
        : Voor is null || Voor.Count == 0 ? ""
        : Voor.FirstOrDefault(v => Onderdeel.Naam(taak.BereikOmschrijving) is { } o && (o == v || o.EndsWith($"({v})", StringComparison.Ordinal)));
}

/// <summary>
/// Whom or what an item is about, as its description names it: "Naam (AFK)" for a directie, a section's name, or, for an
/// agreement of Opvolging ("SIS: Trekker met minimaal 8 uur per week benoemd"), the part before the colon.
/// </summary>
internal static class Onderdeel
{
    public static string? Naam(string? omschrijving) =>
        omschrijving?.IndexOf(": ", StringComparison.Ordinal) is > 0 and var i ? omschrijving[..i] : omschrijving;

    /// <summary>The abbreviation of "Naam (AFK)", or the name itself; "—" for the top-level instance.</summary>
    public static string Kort(string? omschrijving) =>
        Naam(omschrijving) is not { } naam ? "—"
        : naam.EndsWith(')') && naam.LastIndexOf('(') is var i and >= 0 ? naam[(i + 1)..^1] : naam;
}

internal sealed record Gedrag(IReadOnlyList<Actie> Acties)
{
    public static readonly Gedrag Geen = new([]);

    public static Gedrag? Lees(string json, out string? fout)
    {
        fout = null;
        try
        {
            var gedrag = JsonSerializer.Deserialize<Gedrag>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web)
            {
                UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
            });
            var fouten = (gedrag?.Acties ?? []).Select((a, i) =>
                    string.IsNullOrEmpty(a.Stap) ? $"acties[{i}]: 'stap' ontbreekt."
                    : !a.Nooit && a.NaDagen is null ? $"acties[{i}]: geef 'naDagen' of 'nooit': true."
                    : a.NaDagen < 0 ? $"acties[{i}]: 'naDagen' kan niet negatief zijn."
                    : null)
                .Where(f => f is not null).ToList();
            if (gedrag is null || fouten.Count > 0)
            {
                fout = gedrag is null ? "leeg bestand." : string.Join(" ", fouten);
                return null;
            }

            return gedrag;
        }
        catch (JsonException ex)
        {
            fout = $"geen geldige JSON ({ex.Message}).";
            return null;
        }
    }

    /// <summary>
    /// What reading alone cannot see: a <c>stap</c> that is no task step of any published definition (the simulated one, or
    /// one the modules start during the year, such as the clusterdirecteur's conversation with each directeur) and a
    /// <c>door</c> that is no role. Either would pass silently otherwise: an action that fits no task does nothing, and the
    /// timeline would show a year in which nobody acted, or the run would stop halfway on an unknown role.
    /// </summary>
    public IReadOnlyList<string> Controleer(
        IReadOnlyCollection<string> taakstappen, IReadOnlyCollection<string> rollen, IReadOnlyCollection<string> directies)
    {
        var fouten = new List<string>();
        var actoren = rollen.Prepend(Actie.Behandelaar).ToList();
        for (var i = 0; i < Acties.Count; i++)
        {
            var actie = Acties[i];
            if (!taakstappen.Contains(actie.Stap))
            {
                fouten.Add($"acties[{i}].stap: '{actie.Stap}' is geen taakstap van de definities. "
                    + Bedoeld(actie.Stap, taakstappen, "Taakstappen"));
            }

            if (actie.Door is { } door && !actoren.Contains(door))
            {
                fouten.Add($"acties[{i}].door: '{door}' is geen rol. " + Bedoeld(door, actoren, "Rollen"));
            }

            foreach (var (veld, waarde) in actie.Velden ?? new Dictionary<string, string?>())
            {
                fouten.AddRange(Veldwaarde.Directies(waarde).Where(a => !directies.Contains(a)).Select(a =>
                    $"acties[{i}].velden.{veld}: '{{directie:{a}}}' noemt geen directie. " + Bedoeld(a, directies, "Directies")));
            }
        }

        return fouten;
    }

    private static string Bedoeld(string naam, IEnumerable<string> bekend, string soort) =>
        Workflows.Lezen.Suggesties.Voor(naam, bekend) is { } suggestie
            ? $"Bedoelt u '{suggestie}'?"
            : $"{soort}: {string.Join(", ", bekend.Order(StringComparer.Ordinal))}.";
}

/// <summary>
/// The placeholders of a behaviour file's <c>velden</c>: <c>{item}</c> is the task's item in lower-case letters and
/// digits ("uie" for UI&amp;E, for a made-up e-mail address), <c>{directie:SIS}</c> the id of the directie with that
/// abbreviation, for a form field that asks for a directie (such as an agreement row of a duidingsgesprek's outcome):
/// its id is made when the demo organisation is, so a file cannot name it.
/// </summary>
internal static partial class Veldwaarde
{
    [System.Text.RegularExpressions.GeneratedRegex(@"\{directie:([^{}]+)\}")]
    private static partial System.Text.RegularExpressions.Regex DirectiePlek();

    /// <summary>The abbreviations a value names with <c>{directie:…}</c>.</summary>
    public static IEnumerable<string> Directies(string? waarde) =>
        waarde is null ? [] : DirectiePlek().Matches(waarde).Select(m => m.Groups[1].Value);

    public static string? Vul(string? waarde, string item, IReadOnlyDictionary<string, Guid> directies) =>
        waarde is null ? null
        : DirectiePlek().Replace(waarde.Replace("{item}", item, StringComparison.Ordinal), m => directies[m.Groups[1].Value].ToString());
}

/// <summary>
/// Which actions and <c>voor</c> names met a task during the run. One that never did is most likely a typo in a name
/// ("P&amp;0" for "P&amp;O") or an action shadowed by an earlier one for the same step: the run says so at the end.
/// </summary>
internal sealed class Gedragsgebruik(Gedrag gedrag)
{
    private readonly HashSet<(int Actie, string Voor)> _geraakt = [];

    /// <summary>The first action for this task (the file's order decides), noted as used.</summary>
    public Actie? Kies(WorkflowTaak taak)
    {
        for (var i = 0; i < gedrag.Acties.Count; i++)
        {
            if (gedrag.Acties[i].Raakt(taak) is { } voor)
            {
                _geraakt.Add((i, voor));
                return gedrag.Acties[i];
            }
        }

        return null;
    }

    public IReadOnlyList<string> Ongebruikt()
    {
        var meldingen = new List<string>();
        for (var i = 0; i < gedrag.Acties.Count; i++)
        {
            var actie = gedrag.Acties[i];
            if (!_geraakt.Any(g => g.Actie == i))
            {
                meldingen.Add($"acties[{i}] (stap '{actie.Stap}') paste in deze periode op geen enkele taak.");
                continue;
            }

            meldingen.AddRange((actie.Voor ?? []).Where(v => !_geraakt.Contains((i, v)))
                .Select(v => $"acties[{i}].voor: '{v}' paste in deze periode op geen enkele taak van stap '{actie.Stap}'."));
        }

        return meldingen;
    }
}

/// <summary>
/// One line of the timeline. Within one moment the runtime's history comes first, in the order the engine wrote it
/// (<see cref="Volgnummer"/>: an instance starts before its tasks are created, a completion before what it causes);
/// the mails sent at that moment follow.
/// </summary>
internal sealed record Regel(DateTimeOffset Moment, int Volgorde, long Volgnummer, string Soort, string Onderdeel, string Tekst);

internal sealed class Verloop(string definitie, DateTimeOffset van, DateTimeOffset tot, IReadOnlyList<Regel> regels)
{
    public string AlsTekst()
    {
        var tekst = new StringBuilder();
        tekst.AppendLine($"Simulatie van {definitie}, {Nederlands.Datum(Dag(van))} t/m {Nederlands.Datum(Dag(tot).AddDays(-1))}");
        tekst.AppendLine();
        foreach (var r in regels)
        {
            tekst.AppendLine($"{Lokaal(r.Moment):yyyy-MM-dd HH:mm}  {r.Soort,-20} {r.Onderdeel,-14} {r.Tekst}");
        }

        tekst.AppendLine();
        tekst.AppendLine("Samenvatting: " + string.Join(", ",
            regels.GroupBy(r => r.Soort).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()} × {g.Key}")));
        return tekst.ToString();
    }

    public string AlsJson() => JsonSerializer.Serialize(
        new
        {
            definitie,
            van = Lokaal(van),
            tot = Lokaal(tot),
            gebeurtenissen = regels.Select(r => new { moment = Lokaal(r.Moment), soort = r.Soort, onderdeel = r.Onderdeel, tekst = r.Tekst }),
            samenvatting = regels.GroupBy(r => r.Soort).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()),
        },
        new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }) + Environment.NewLine;

    private static DateTimeOffset Lokaal(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, Tijd.Amsterdam);

    private static DateOnly Dag(DateTimeOffset moment) => DateOnly.FromDateTime(Lokaal(moment).DateTime);
}

/// <summary>Moves the virtual clock from event to event (timers, retries, scripted completions) until the end date.</summary>
internal sealed class Simulatie(
    IServiceProvider services, SimulatieKlok klok, Postbus postbus, Gedrag gedrag, IReadOnlyDictionary<string, Guid> directies, SimulatieProfiel profiel)
{
    private readonly Gedragsgebruik _gebruik = new(gedrag);

    // The open tasks as the last behaviour pass read them, while it completed none: the next moment is chosen from the
    // same list instead of reading every open task again (at 100× that read costs tens of milliseconds per clock stop).
    private IReadOnlyList<WorkflowTaak>? _ongewijzigd;

    /// <summary>After the run: the actions and <c>voor</c> names that met no task (<see cref="Gedragsgebruik"/>).</summary>
    public IReadOnlyList<string> OngebruiktGedrag => _gebruik.Ongebruikt();

    public async Task<Verloop> DraaiAsync(string definitieId, DateTimeOffset van, DateTimeOffset tot, int schaal = 1)
    {
        var verwerker = services.GetRequiredService<Verwerker>();
        var bureau = new Handelende(null, "Bureau I&D (simulatie)", true);
        var gestart = await MetMotorAsync((motor, _) => motor.StartAsync(definitieId, null, van, bureau, default));
        if (!gestart.IsGelukt)
        {
            throw new InvalidOperationException(string.Join("; ", gestart.Fouten.Select(f => f.Melding)));
        }

        var gedaan = new HashSet<Guid>();
        while (true)
        {
            do
            {
                await RondenAsync(verwerker);
            }
            while (await profiel.MeetAsync("gedrag", () => VoerGedragUitAsync(gedaan)));

            var volgende = await profiel.MeetAsync("volgend moment", () => VolgendMomentAsync(gedaan));
            if (volgende is null || volgende >= tot)
            {
                break;
            }

            klok.Nu = volgende.Value;
            profiel.Stops++;
        }

        var naam = await MetMotorAsync(async (_, lezer) =>
            (await lezer.DefinitieAsync(definitieId, null, default)) is { } d ? $"'{d.Naam}' (versie {d.Versie})" : definitieId);
        if (schaal > 1)
        {
            naam += $" op een synthetische organisatie van {schaal}× de demo-organisatie";
        }

        return new Verloop(naam, van, tot, await profiel.MeetAsync("tijdlijn", RegelsAsync));
    }

    /// <summary>
    /// What the host's background jobs do at a moment: the runtime's round (timers, its outbox with the modules' handlers,
    /// mail) and the delivery of the modules' own outboxes (Organisatie's trekker appointments, Opvolging's agreements,
    /// whose handlers start and close the agreement tasks). Each can give the other new work at the same moment, so they
    /// repeat until neither has any. A round handles at most <see cref="Verwerker.Partij"/> timers, events and mails per
    /// step: a large organisation (<c>--schaal</c>) has more at one moment, and the rest must happen now too.
    /// </summary>
    private async Task RondenAsync(Verwerker verwerker)
    {
        var modules = services.GetRequiredService<ModuleOutboxTaak>();
        bool meer;
        do
        {
            var ronde = await profiel.MeetAsync("ronde", () => verwerker.RondeAsync(default));
            var bezorgd = await profiel.MeetAsync("- modulegebeurtenissen", () => modules.BezorgAsync(default));
            meer = bezorgd > 0 || Math.Max(ronde.Timers, Math.Max(ronde.Outbox, ronde.Mails)) >= Verwerker.Partij;
        }
        while (meer);
    }

    private async Task<bool> VoerGedragUitAsync(HashSet<Guid> gedaan)
    {
        var taken = (await profiel.MeetAsync("- open taken lezen", () => MetMotorAsync((_, lezer) => lezer.TakenAsync(new TaakVraag(), default))))
            .OrderBy(t => t.AangemaaktOpUtc).ThenBy(t => t.BereikOmschrijving, StringComparer.Ordinal).ToList();
        _ongewijzigd = taken;
        var iets = false;
        foreach (var taak in taken.Where(t => !gedaan.Contains(t.Id)))
        {
            if (_gebruik.Kies(taak) is not { Nooit: false, NaDagen: { } dagen } actie
                || new DateTimeOffset(taak.AangemaaktOpUtc, TimeSpan.Zero).AddDays(dagen) > klok.Nu)
            {
                continue;
            }

            gedaan.Add(taak.Id);
            var door = await DoorAsync(taak, actie);
            var velden = (actie.Velden ?? new Dictionary<string, string?>())
                .ToDictionary(v => v.Key, v => Veldwaarde.Vul(v.Value, Slug(taak.BereikOmschrijving), directies));
            var resultaat = await profiel.MeetAsync("- afronden",
                () => MetMotorAsync((motor, _) => motor.VoltooiAsync(taak.Id, door, actie.Uitkomst, velden, taak.Versie, default)));
            if (!resultaat.IsGelukt)
            {
                var reden = "Simulatie: afronden geweigerd — " + string.Join(" ", resultaat.Fouten.Select(f => f.Melding));
                await MetMotorAsync((motor, _) => motor.OpmerkingAsync(taak.Id, door, reden, default));
            }

            iets = true;
            _ongewijzigd = null;
        }

        return iets;
    }

    private async Task<Handelende> DoorAsync(WorkflowTaak taak, Actie actie)
    {
        if (actie.Door is { } rol && rol != Actie.Behandelaar)
        {
            await using var scope = services.CreateAsyncScope();
            var personen = await scope.ServiceProvider.GetRequiredService<IRolResolver>().ResolveAsync(rol, taak.Bereik, klok.Vandaag(), default);
            if (personen.Count > 0)
            {
                return new Handelende(personen[0].Id, personen[0].Naam, rol == "bureau");
            }
        }

        Guid? id = taak.ToegewezenAan ?? (taak.Kandidaten.Count > 0 ? taak.Kandidaten[0] : null);
        return new Handelende(id, Actie.Behandelaar, id is null);
    }

    private async Task<DateTimeOffset?> VolgendMomentAsync(HashSet<Guid> gedaan)
    {
        var werk = await MetMotorAsync((_, lezer) => lezer.VolgendWerkAsync(klok.Nu, default));
        var taken = _ongewijzigd ?? await MetMotorAsync((_, lezer) => lezer.TakenAsync(new TaakVraag(), default));
        _ongewijzigd = null;
        var actie = taken.Where(t => !gedaan.Contains(t.Id))
            .Select(t => _gebruik.Kies(t) is { Nooit: false, NaDagen: { } d } ? t.AangemaaktOpUtc.AddDays(d) : (DateTime?)null)
            .Where(m => m is not null).DefaultIfEmpty().Min();
        var kandidaten = new[] { werk, actie is { } a ? new DateTimeOffset(DateTime.SpecifyKind(a, DateTimeKind.Utc)) : null }
            .Where(m => m is not null).Select(m => m!.Value).ToList();
        return kandidaten.Count == 0 ? null : kandidaten.Min() is var min && min > klok.Nu ? min : klok.Nu.AddMinutes(1);
    }

    private async Task<IReadOnlyList<Regel>> RegelsAsync()
    {
        var (gebeurtenissen, onderdelen) = await MetMotorAsync(async (_, lezer) => (
            await lezer.HistorieAsync(new HistorieVraag(), default),
            (await lezer.InstantiesAsync(new InstantieVraag(), default)).ToDictionary(i => i.Id, i => Onderdeel.Kort(i.ItemOmschrijving))));
        var regels = gebeurtenissen
            .Where(g => g.Soort is not ("per-item" or "gestart") || onderdelen[g.InstantieId] == "—")
            .Select(g => new Regel(new DateTimeOffset(g.MomentUtc, TimeSpan.Zero), 0, g.Volgnummer, g.Soort, onderdelen[g.InstantieId], g.Omschrijving))
            .Concat(postbus.Verzonden.Select(m => new Regel(m.Moment, 1, 0, "mail", m.Naam, $"{m.Aan}: {m.Onderwerp}")));
        // Causal order within a moment (the history's own order); mails, which carry none, by recipient and subject.
        return regels.OrderBy(r => r.Moment).ThenBy(r => r.Volgorde).ThenBy(r => r.Volgnummer)
            .ThenBy(r => r.Onderdeel == "—" ? 0 : 1).ThenBy(r => r.Onderdeel, StringComparer.Ordinal).ThenBy(r => r.Tekst, StringComparer.Ordinal).ToList();
    }

    private async Task<T> MetMotorAsync<T>(Func<WorkflowMotor, IWorkflowLezer, Task<T>> werk)
    {
        await using var scope = services.CreateAsyncScope();
        return await werk(scope.ServiceProvider.GetRequiredService<WorkflowMotor>(), scope.ServiceProvider.GetRequiredService<IWorkflowLezer>());
    }

    private static string Slug(string? omschrijving) =>
        new string(Onderdeel.Kort(omschrijving).ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).ToArray());
}
