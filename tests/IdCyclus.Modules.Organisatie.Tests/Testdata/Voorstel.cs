using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Modules.Organisatie.Domain;
using IdCyclus.Shared.Validation;

namespace IdCyclus.Modules.Organisatie.Tests.Testdata;

/// <summary>
/// Builds a role proposal that is valid unless a test says otherwise: each test then states only the one thing it is
/// about. <see cref="AlsToewijzing"/> turns the same description into an existing assignment.
/// </summary>
internal sealed class Voorstel
{
    public static readonly DateOnly Standaardbegin = new(2025, 1, 1);

    private readonly Rol _rol;
    private Persoon _persoon = Testorganisatie.Anna;
    private Directie? _directie;
    private Cluster? _cluster;
    private DateOnly _van = Standaardbegin;
    private DateOnly? _tot;
    private decimal? _uren;

    private Voorstel(Rol rol)
    {
        _rol = rol;
        switch (rol.Bereik())
        {
            case RolBereik.Directie:
                _directie = Testorganisatie.Communicatie;
                break;
            case RolBereik.Cluster:
                _cluster = Testorganisatie.Sociaal;
                break;
        }

        _uren = rol.HeeftUren() ? 4m : null;
    }

    public static Voorstel Trekker() => new(Rol.Trekker);

    public static Voorstel Als(Rol rol) => new(rol);

    public Voorstel Voor(Persoon persoon)
    {
        _persoon = persoon;
        return this;
    }

    public Voorstel Bij(Directie? directie)
    {
        _directie = directie;
        return this;
    }

    public Voorstel InCluster(Cluster? cluster)
    {
        _cluster = cluster;
        return this;
    }

    public Voorstel Van(DateOnly van, DateOnly? tot = null)
    {
        _van = van;
        _tot = tot;
        return this;
    }

    public Voorstel MetUren(decimal? uren)
    {
        _uren = uren;
        return this;
    }

    public RolVoorstel Bouw() => new(_rol, _persoon, _directie, _cluster, _van, _tot, _uren);

    public Roltoewijzing AlsToewijzing() =>
        Roltoewijzing.Nieuw(_rol, _persoon.Id, _directie?.Id, _cluster?.Id, _van, _tot, _uren);

    public IReadOnlyList<Fout> Controleer(params Voorstel[] bestaande) =>
        RolRegels.Controleer(Bouw(), bestaande.Select(b => b.AlsToewijzing()).ToList(), Testorganisatie.Naam);
}
