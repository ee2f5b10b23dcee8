using IdCyclus.Modules.Cyclus.Workflow;
using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Modules.Vragenlijst.Contracts;
using IdCyclus.Workflows.Runtime;

namespace IdCyclus.Modules.Cyclus.Tests;

/// <summary>A tiny organisation: two directies (DV with a trekker, PO without), a directeur each, one werkgroep member.</summary>
internal sealed class NepOrganisatie : IOrganisatieQueries
{
    public static readonly DirectieGegevens Dv =
        new(Guid.Parse("00000000-0000-0000-0000-0000000000d1"), "DV", "Digitale Voorzieningen", "dii", null, null, null, null);
    public static readonly DirectieGegevens Po =
        new(Guid.Parse("00000000-0000-0000-0000-0000000000d2"), "P&O", "Personeel en Organisatie", "bo", null, null, null, null);
    /// <summary>A directie that exists only from 1 July 2025 (not among the active ones): for the first-day rules.</summary>
    public static readonly DirectieGegevens Nieuw =
        new(Guid.Parse("00000000-0000-0000-0000-0000000000d3"), "NW", "Nieuwe Directie", "bo", null, new DateOnly(2025, 7, 1), null, null);
    public static readonly PersoonGegevens Trekker = new(Guid.Parse("00000000-0000-0000-0000-0000000000a1"), "Tineke Trekker", "t.trekker@amsterdam.nl");
    public static readonly PersoonGegevens DirecteurDv = new(Guid.Parse("00000000-0000-0000-0000-0000000000a2"), "Dirk Directeur", "d.directeur@amsterdam.nl");
    public static readonly PersoonGegevens DirecteurPo = new(Guid.Parse("00000000-0000-0000-0000-0000000000a3"), "Petra Directeur", "p.directeur@amsterdam.nl");
    public static readonly PersoonGegevens Projectleider = new(Guid.Parse("00000000-0000-0000-0000-0000000000a4"), "Bas Bureau", "b.bureau@amsterdam.nl");
    public static readonly PersoonGegevens Werkgroeplid = new(Guid.Parse("00000000-0000-0000-0000-0000000000a5"), "Wim Werkgroep", "w.werkgroep@amsterdam.nl");
    public static readonly PersoonGegevens AccounthouderDii = new(Guid.Parse("00000000-0000-0000-0000-0000000000a6"), "Anna Account", "a.account@amsterdam.nl");
    public static readonly PersoonGegevens AccounthouderBo = new(Guid.Parse("00000000-0000-0000-0000-0000000000a7"), "Bert Account", "b.account@amsterdam.nl");

    private static readonly List<RolGegevens> StandaardRollen =
    [
        new(Guid.NewGuid(), Rol.Trekker, Trekker, Dv.Id, null, new DateOnly(2020, 1, 1), null, 8),
        new(Guid.NewGuid(), Rol.Directeur, DirecteurDv, Dv.Id, null, new DateOnly(2020, 1, 1), null, null),
        new(Guid.NewGuid(), Rol.Directeur, DirecteurPo, Po.Id, null, new DateOnly(2020, 1, 1), null, null),
        new(Guid.NewGuid(), Rol.Projectleider, Projectleider, null, null, new DateOnly(2020, 1, 1), null, null),
        new(Guid.NewGuid(), Rol.WerkgroepLid, Werkgroeplid, null, null, new DateOnly(2020, 1, 1), null, null),
        new(Guid.NewGuid(), Rol.WerkgroepLid, Werkgroeplid, Dv.Id, null, new DateOnly(2021, 1, 1), null, null),
        new(Guid.NewGuid(), Rol.Accounthouder, AccounthouderDii, null, "dii", new DateOnly(2020, 1, 1), null, null),
        new(Guid.NewGuid(), Rol.Accounthouder, AccounthouderBo, null, "bo", new DateOnly(2020, 1, 1), null, null),
    ];

    private readonly List<RolGegevens> rollen;

    /// <summary>The standard org chart plus <paramref name="extra"/> roles for one test.</summary>
    public NepOrganisatie(params RolGegevens[] extra) => rollen = [.. StandaardRollen, .. extra];

    public Task<IReadOnlyList<ClusterGegevens>> ClustersAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<ClusterGegevens>>([]);

    public Task<IReadOnlyList<RapportsectieGegevens>> RapportsectiesAsync(int jaar, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<RapportsectieGegevens>>([]);

    public Task<IReadOnlyList<DirectieGegevens>> ActieveDirectiesAsync(DateOnly datum, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<DirectieGegevens>>([Dv, Po]);

    public Task<DirectieGegevens?> DirectieAsync(Guid directieId, CancellationToken cancellationToken = default) =>
        Task.FromResult(new[] { Dv, Po, Nieuw }.FirstOrDefault(d => d.Id == directieId));

    public Task<DirectieGegevens?> DirectieMetAfkortingAsync(string afkorting, CancellationToken cancellationToken = default) =>
        Task.FromResult(new[] { Dv, Po }.FirstOrDefault(d => d.Afkorting == afkorting));

    public Task<IReadOnlyList<RolGegevens>> TrekkersAsync(Guid directieId, DateOnly datum, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<RolGegevens>>(rollen
            .Where(r => r.Rol == Rol.Trekker && r.DirectieId == directieId && r.Van <= datum && (r.Tot is null || datum <= r.Tot)).ToList());

    public Task<IReadOnlyList<RolGegevens>> TrekkerhistorieAsync(Guid directieId, CancellationToken cancellationToken = default) =>
        RolhoudersAsync(Rol.Trekker, DateOnly.MinValue, directieId, cancellationToken: cancellationToken);

    public Task<PersoonGegevens?> DirecteurAsync(Guid directieId, DateOnly datum, CancellationToken cancellationToken = default) =>
        Task.FromResult(rollen.FirstOrDefault(r => r.Rol == Rol.Directeur && r.DirectieId == directieId)?.Persoon);

    public Task<PersoonGegevens?> ClusterdirecteurAsync(string clusterId, DateOnly datum, CancellationToken cancellationToken = default) =>
        Task.FromResult<PersoonGegevens?>(null);

    public Task<PersoonGegevens?> AccounthouderAsync(string clusterId, DateOnly datum, CancellationToken cancellationToken = default) =>
        Task.FromResult<PersoonGegevens?>(null);

    public Task<IReadOnlyList<RolGegevens>> RolhoudersAsync(
        Rol rol,
        DateOnly datum,
        Guid? directieId = null,
        string? clusterId = null,
        CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<RolGegevens>>(rollen.Where(r => r.Rol == rol && (directieId is null || r.DirectieId == directieId)).ToList());

    public Task<IReadOnlyList<RolGegevens>> RollenVanAsync(Guid persoonId, DateOnly datum, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<RolGegevens>>(rollen.Where(r => r.Persoon.Id == persoonId).ToList());

    public Task<PersoonGegevens?> PersoonAsync(Guid persoonId, CancellationToken cancellationToken = default) =>
        Task.FromResult(rollen.Select(r => r.Persoon).FirstOrDefault(p => p.Id == persoonId));

    public Task<IReadOnlyList<PersoonGegevens>> PersonenAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<PersoonGegevens>>(rollen.Select(r => r.Persoon).DistinctBy(p => p.Id).ToList());

    public Task<PersoonGegevens?> PersoonMetEmailAsync(string email, CancellationToken cancellationToken = default) =>
        Task.FromResult(rollen.Select(r => r.Persoon).FirstOrDefault(p => p.Email == email));
}

/// <summary>The questionnaire side as a test sets it up: a published version or none, interviews per directie, answer errors.</summary>
internal sealed class NepVragenlijst : IVragenlijstQueries
{
    public VragenlijstversieGegevens? Versie { get; set; }

    public List<InterviewGegevens> Interviews { get; } = [];

    public List<VeldFout> AntwoordFouten { get; } = [];

    public Task<VragenlijstversieGegevens?> GepubliceerdeVersieAsync(int jaar, CancellationToken cancellationToken = default) =>
        Task.FromResult(Versie?.Jaar == jaar ? Versie : null);

    public Task<InterviewGegevens?> InterviewAsync(int jaar, Guid directieId, CancellationToken cancellationToken = default) =>
        Task.FromResult(Interviews.FirstOrDefault(i => i.Jaar == jaar && i.DirectieId == directieId));

    public Task<IReadOnlyList<InterviewGegevens>> InterviewsAsync(int jaar, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<InterviewGegevens>>(Interviews.Where(i => i.Jaar == jaar).ToList());

    public Task<IReadOnlyList<VeldFout>> ControleerAntwoordenAsync(
        int jaar,
        IReadOnlyDictionary<string, string> antwoorden,
        string? respondenttype,
        CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<VeldFout>>(AntwoordFouten);

    public Task<VragenlijstGegevens?> VragenlijstAsync(int jaar, CancellationToken cancellationToken = default) => Task.FromResult<VragenlijstGegevens?>(null);

    public Task<IReadOnlyList<InterviewscoresGegevens>> DefinitieveScoresAsync(int jaar, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<InterviewscoresGegevens>>([]);

    public static InterviewGegevens Interview(DirectieGegevens directie, InterviewStatus status, int versie = 3, DateTimeOffset? gepland = null) =>
        new(Guid.NewGuid(), 2025, directie.Id, status, versie, 1, 15, 4, 30, 47, gepland);
}

internal sealed class NepCyclusjaar(int jaar = 2025) : ICyclusjaar
{
    public Task<int> VanInstantieAsync(Guid instantieId, CancellationToken cancellationToken) => Task.FromResult(jaar);

    public int Van(FormulierContext context) => jaar;
}

internal static class Formuliercontext
{
    public static readonly DateTimeOffset Moment = new(2025, 5, 20, 10, 0, 0, TimeSpan.FromHours(2));

    public static FormulierContext Voor(DirectieGegevens? directie, PersoonGegevens door) =>
        new(Guid.Parse("00000000-0000-0000-0000-00000000beef"), Guid.NewGuid(), "stap", directie?.Id.ToString(), directie?.Id.ToString(),
            new WorkflowPersoon(door.Id, door.Naam, door.Email), Moment, Moment);

    public static IReadOnlyDictionary<string, string?> Velden(params (string Naam, string? Waarde)[] velden) => velden.ToDictionary(v => v.Naam, v => v.Waarde);
}
