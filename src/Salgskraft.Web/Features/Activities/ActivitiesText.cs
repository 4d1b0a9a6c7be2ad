namespace Salgskraft.Web.Features.Activities;

/// <summary>Marker for the Activities texts (ActivitiesText.resx: nb, the default; .da; .en).</summary>
public sealed class ActivitiesText;
