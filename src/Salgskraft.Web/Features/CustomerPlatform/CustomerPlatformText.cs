namespace Salgskraft.Web.Features.CustomerPlatform;

/// <summary>Marker for the customer platform's texts (<c>CustomerPlatformText.resx</c>, nb-NO; <c>.da</c>, <c>.en</c>).</summary>
public sealed class CustomerPlatformText;
