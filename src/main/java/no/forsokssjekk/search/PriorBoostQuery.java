package no.forsokssjekk.search;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.FilterScorer;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;

/**
 * Multiplies a query's score by each document's static quality (a float doc value between 0 and 1: current law 1,
 * repealed or pending text less), so current law ranks above repealed law.
 *
 * <p>Why not Lucene's FunctionScoreQuery: it cannot bound its scores, which turns off dynamic pruning (block-max
 * WAND) and makes every matching § be scored. Because the prior is at most 1, this query's maximum score is the
 * wrapped query's, and a document can only be competitive if the wrapped score alone is; both bounds are passed down,
 * so pruning keeps working.
 */
final class PriorBoostQuery extends Query {
    private final Query in;
    private final String field;

    PriorBoostQuery(Query in, String field) {
        this.in = Objects.requireNonNull(in);
        this.field = Objects.requireNonNull(field);
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        Query rewritten = in.rewrite(searcher);
        return rewritten == in ? super.rewrite(searcher) : new PriorBoostQuery(rewritten, field);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        Weight inner = in.createWeight(searcher, scoreMode, boost);
        if (!scoreMode.needsScores()) return inner;
        return new FilterWeight(this, inner) {
            @Override
            public Scorer scorer(LeafReaderContext context) throws IOException {
                ScorerSupplier supplier = scorerSupplier(context);
                return supplier == null ? null : supplier.get(Long.MAX_VALUE);
            }

            /** Passes "top-level scoring clause" down, so a disjunction inside gets its pruning (WAND) scorer. */
            @Override
            public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
                ScorerSupplier supplier = in.scorerSupplier(context);
                if (supplier == null) return null;
                Weight weight = this;
                return new ScorerSupplier() {
                    @Override
                    public Scorer get(long leadCost) throws IOException {
                        return boosted(supplier.get(leadCost), weight, context);
                    }

                    @Override
                    public long cost() {
                        return supplier.cost();
                    }

                    @Override
                    public void setTopLevelScoringClause() throws IOException {
                        supplier.setTopLevelScoringClause();
                    }
                };
            }

            private Scorer boosted(Scorer s, Weight weight, LeafReaderContext context) throws IOException {
                NumericDocValues prior = DocValues.getNumeric(context.reader(), field);
                return new FilterScorer(s, weight) {
                    @Override
                    public float score() throws IOException {
                        return in.score() * prior(prior, in.docID());
                    }

                    @Override
                    public float getMaxScore(int upTo) throws IOException {
                        return in.getMaxScore(upTo);
                    }

                    @Override
                    public int advanceShallow(int target) throws IOException {
                        return in.advanceShallow(target);
                    }

                    @Override
                    public void setMinCompetitiveScore(float minScore) throws IOException {
                        in.setMinCompetitiveScore(minScore);
                    }
                };
            }

            @Override
            public boolean isCacheable(LeafReaderContext ctx) {
                return in.isCacheable(ctx) && DocValues.isCacheable(ctx, field);
            }

            @Override
            public Explanation explain(LeafReaderContext context, int doc) throws IOException {
                Explanation e = in.explain(context, doc);
                if (!e.isMatch()) return e;
                NumericDocValues prior = DocValues.getNumeric(context.reader(), field);
                float p = prior(prior, doc);
                return Explanation.match(e.getValue().floatValue() * p, "score × prior", e,
                        Explanation.match(p, "prior (" + field + ")"));
            }
        };
    }

    private static float prior(NumericDocValues values, int doc) throws IOException {
        if (values.docID() < doc) values.advance(doc);
        return values.docID() == doc ? Float.intBitsToFloat((int) values.longValue()) : 1f;
    }

    @Override
    public void visit(QueryVisitor visitor) {
        in.visit(visitor.getSubVisitor(BooleanClause.Occur.MUST, this));
    }

    @Override
    public String toString(String f) {
        return "prior(" + in.toString(f) + ", " + field + ")";
    }

    @Override
    public boolean equals(Object o) {
        return sameClassAs(o) && in.equals(((PriorBoostQuery) o).in) && field.equals(((PriorBoostQuery) o).field);
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), in, field);
    }
}
