namespace IdCyclus.Modules.Toegang;

internal sealed class ToegangOptions
{
    public const string Section = "Toegang";

    /// <summary>
    /// Shows the list of demo people on the sign-in page. Always on in Development; elsewhere only when configured,
    /// because it lets anyone sign in as anyone.
    /// </summary>
    public bool DemoAanmelden { get; set; }
}
