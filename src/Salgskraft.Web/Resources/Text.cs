namespace Salgskraft.Web.Resources;

/// <summary>
/// Marker for the user-interface texts in Text.resx (nb, the default), Text.da.resx and Text.en.resx.
/// </summary>
public sealed class Text;
