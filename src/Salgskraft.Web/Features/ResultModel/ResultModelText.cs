namespace Salgskraft.Web.Features.ResultModel;

/// <summary>Marker for the ResultModel texts (ResultModelText.resx: nb, the default; .da; .en).</summary>
public sealed class ResultModelText;
