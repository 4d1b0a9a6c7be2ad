namespace Salgskraft.Domain.Activities;

/// <summary>How the salesperson met the customer; face to face and phone count as time with customers.</summary>
public enum ActivityChannel
{
    FaceToFace,
    Phone,
    Digital,
}
