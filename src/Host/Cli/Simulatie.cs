using System.Globalization;
using System.Text;
using System.Text.Json;
using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Shared;
using IdCyclus.Shared.Integratie;
using IdCyclus.Workflows.Runtime;
using IdCyclus.Workflows.Runtime.Motor;

namespace IdCyclus.Host.Cli;

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

    // The names of the people who act, by id: what a kept database's histories show as "door". People keep their name
    // through the year, so each is read once.
    private readonly Dictionary<Guid, string> _namen = [];

    /// <summary>Who starts the run, and completes a task that has nobody: Bureau, as a beheerder without a person.</summary>
    private static readonly Handelende Bureau = new(null, "Bureau I&D (simulatie)", true);

    /// <summary>After the run: the actions and <c>voor</c> names that met no task (<see cref="Gedragsgebruik"/>).</summary>
    public IReadOnlyList<string> OngebruiktGedrag => _gebruik.Ongebruikt();

    public async Task<Verloop> DraaiAsync(string definitieId, DateTimeOffset van, DateTimeOffset tot, int schaal = 1)
    {
        var verwerker = services.GetRequiredService<Verwerker>();
        var gestart = await MetMotorAsync((motor, _) => motor.StartAsync(definitieId, null, van, Bureau, default));
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

        // The task's own handler, by name as in a real completion; Bureau when the task has nobody.
        if ((taak.ToegewezenAan ?? (taak.Kandidaten.Count > 0 ? taak.Kandidaten[0] : null)) is not { } id)
        {
            return Bureau;
        }

        if (!_namen.TryGetValue(id, out var naam))
        {
            await using var scope = services.CreateAsyncScope();
            naam = (await scope.ServiceProvider.GetRequiredService<IOrganisatieQueries>().PersoonAsync(id))?.Naam ?? Actie.Behandelaar;
            _namen[id] = naam;
        }

        return new Handelende(id, naam, false);
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
