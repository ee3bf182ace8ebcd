package io.segbot.naming;

import java.util.List;

/** A persona without a model: its vocabulary turns the segment's tiers into words. Deterministic. */
final class VocabularyJuror implements Juror {
    private final Lexicon lexicon;

    VocabularyJuror(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public RawProposal propose(SegmentToName segment, Persona persona, List<String> taken, long seed) {
        List<String> words = lexicon.nameWords(persona.vocabulary(), segment);
        if (words.isEmpty()) {
            throw new NamingStepException("the segment has no tiers for the " + persona.name() + " vocabulary");
        }
        return new RawProposal(
                String.join("_", words), segment.rule(), "the " + persona.name() + " vocabulary for these tiers");
    }
}
