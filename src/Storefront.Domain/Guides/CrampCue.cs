namespace Storefront.Domain.Guides;

/// <summary>An answer a reader can give the cause finder; a section lists the answers that point to it.</summary>
[Flags]
public enum CrampCue
{
    None = 0,
    AtNight = 1,
    DuringExercise = 2,
    AfterExercise = 4,
    LongSittingOrStanding = 8,
    Pregnant = 16,
    Over50 = 32,
    VeinCondition = 64,
    ArteryCondition = 128,
    TakesNamedMedication = 256,
    ExercisesInHeat = 512,
    SevereNeuropathy = 1024,
    FragileSkin = 2048,
    HeartFailureSwelling = 4096,
}
