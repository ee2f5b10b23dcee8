namespace IdCyclus.Modules.Organisatie.Contracts;

/// <summary>The roles a person can hold in the I&amp;D cycle. Stored by name, so never renumber.</summary>
public enum Rol
{
    Trekker,
    Directeur,
    MtLid,
    Clusterdirecteur,
    Accounthouder,
    WerkgroepLid,
    Projectleider,
    DataAnalist,
    Gmt,
}

/// <summary>Where a role applies.</summary>
public enum RolBereik
{
    Directie,
    Cluster,
    Gemeente,
}

public static class RolBeschrijving
{
    public static RolBereik Bereik(this Rol rol) => rol switch
    {
        Rol.Trekker or Rol.Directeur or Rol.MtLid => RolBereik.Directie,
        Rol.Clusterdirecteur or Rol.Accounthouder => RolBereik.Cluster,
        _ => RolBereik.Gemeente,
    };

    public static string Naam(this Rol rol) => rol switch
    {
        Rol.Trekker => "Trekker",
        Rol.Directeur => "Directeur",
        Rol.MtLid => "MT-lid",
        Rol.Clusterdirecteur => "Clusterdirecteur",
        Rol.Accounthouder => "Accounthouder",
        Rol.WerkgroepLid => "Werkgroeplid",
        Rol.Projectleider => "Projectleider Bureau I&D",
        Rol.DataAnalist => "Data-analist Bureau I&D",
        Rol.Gmt => "GMT-lid",
        _ => rol.ToString(),
    };

    /// <summary>Roles held by one person at a time per directie or cluster.</summary>
    public static bool IsEnkelvoudig(this Rol rol) => rol is Rol.Directeur or Rol.Clusterdirecteur or Rol.Accounthouder;

    /// <summary>Only a trekker's assignment carries hours per week.</summary>
    public static bool HeeftUren(this Rol rol) => rol == Rol.Trekker;
}
