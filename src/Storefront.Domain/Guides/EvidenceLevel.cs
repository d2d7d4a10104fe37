namespace Storefront.Domain.Guides;

/// <summary>How strongly the sources back a strategy. A strategy that cites nothing can only be <see cref="ExpertOpinion"/>.</summary>
public enum EvidenceLevel
{
    ExpertOpinion,
    Limited,
    Established,

    /// <summary>Sound advice for some readers and harmful for others: a clinician decides.</summary>
    AskAClinicianFirst,
}
