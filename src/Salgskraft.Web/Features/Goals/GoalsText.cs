namespace Salgskraft.Web.Features.Goals;

/// <summary>Marker for the goal pages' texts (GoalsText.resx), shared with the steering platform for metric and state names.</summary>
public sealed class GoalsText;
