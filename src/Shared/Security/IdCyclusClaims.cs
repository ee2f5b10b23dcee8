namespace IdCyclus.Shared.Security;

/// <summary>The claims every module reads to decide what the signed-in person may see and do.</summary>
public static class IdCyclusClaims
{
    /// <summary>The person's id in the Organisatie module.</summary>
    public const string PersoonId = "idcyclus:persoon";

    /// <summary>A directie the person works for in a role (trekker, directeur, MT-lid); value = directie id.</summary>
    public const string Directie = "idcyclus:directie";

    /// <summary>A cluster the person covers (clusterdirecteur, accounthouder); value = cluster id.</summary>
    public const string Cluster = "idcyclus:cluster";

    /// <summary>
    /// A role together with its scope, value "rol:scope" (e.g. "accounthouder:sociaal"): what a right depends on when a
    /// person holds different roles in different places (accounthouder of one cluster, clusterdirecteur of another).
    /// </summary>
    public const string RolInBereik = "idcyclus:rol-bereik";

    public static string RolInBereikWaarde(string rol, string bereik) => $"{rol}:{bereik}";
}

/// <summary>Role names as claim values. They follow the Organisatie role assignments on the current date.</summary>
public static class Rollen
{
    public const string Bureau = "bureau";
    public const string Trekker = "trekker";
    public const string Directeur = "directeur";
    public const string MtLid = "mt-lid";
    public const string Clusterdirecteur = "clusterdirecteur";
    public const string Accounthouder = "accounthouder";
    public const string WerkgroepLid = "werkgroeplid";
    public const string Gmt = "gmt";
}

public static class Policies
{
    /// <summary>Bureau I&amp;D: the only ones who change data.</summary>
    public const string Bureau = "bureau";
}
