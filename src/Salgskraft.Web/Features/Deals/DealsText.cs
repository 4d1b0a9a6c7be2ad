namespace Salgskraft.Web.Features.Deals;

/// <summary>Marker for the Deals texts (DealsText.resx: nb, the default; .da; .en).</summary>
public sealed class DealsText;
