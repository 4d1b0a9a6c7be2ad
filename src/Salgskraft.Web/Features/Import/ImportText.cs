namespace Salgskraft.Web.Features.Import;

/// <summary>Marker for the Import texts (ImportText.resx: nb, the default; .da; .en).</summary>
public sealed class ImportText;
