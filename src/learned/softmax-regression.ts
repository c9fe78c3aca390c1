// Multinomial logistic regression on sparse vectors, trained with AdaGrad and L2 regularisation. Small,
// deterministic (a seeded shuffle) and fast enough to train on a few thousand examples when the knowledge
// loads. Chosen over the npm options measured (see ARCHITECTURE.md): they need dense matrices or
// pre-tokenised English text.
import { FEATURE_BUCKETS, type SparseVector } from './featurize.ts';

/** Examples trained between two pauses. */
const EXAMPLES_PER_PAUSE = 400;

export interface TrainOptions {
  epochs?: number;
  learningRate?: number;
  /** L2 penalty per update. */
  l2?: number;
  seed?: number;
  /** Weight per class (for imbalanced labels); default 1. */
  classWeights?: number[];
}

/**
 * A trained model as plain data (one row of FEATURE_BUCKETS weights per class, plus a bias), so it crosses
 * from the worker thread that trains it to the thread that serves (structured clone, buffers transferable).
 */
export interface SoftmaxModel {
  classes: readonly string[];
  rows: Float32Array[];
  bias: Float64Array;
}
type Weights = SoftmaxModel;

export function trainSoftmax(
  data: { vector: SparseVector; label: number }[],
  classes: readonly string[],
  options: TrainOptions = {},
): SoftmaxModel {
  const weights = initialise(classes);
  const steps = trainSteps(weights, data, options);
  for (let step = steps.next(); !step.done; step = steps.next());
  return weights;
}

/** Training in steps (one per epoch), so a server can give the event loop room in between. */
export function* trainSoftmaxInSteps(
  data: { vector: SparseVector; label: number }[],
  classes: readonly string[],
  options: TrainOptions = {},
): Generator<undefined, SoftmaxModel, undefined> {
  const weights = initialise(classes);
  yield* trainSteps(weights, data, options);
  return weights;
}

function initialise(classes: readonly string[]): Weights {
  return {
    classes,
    rows: classes.map(() => new Float32Array(FEATURE_BUCKETS)),
    bias: new Float64Array(classes.length),
  };
}

function* trainSteps(
  weights: Weights,
  data: { vector: SparseVector; label: number }[],
  options: TrainOptions,
): Generator<undefined, void, undefined> {
  const epochs = options.epochs ?? 8;
  const rate = options.learningRate ?? 0.5;
  const l2 = options.l2 ?? 1e-5;
  const classWeights = options.classWeights ?? weights.classes.map(() => 1);
  const squared = weights.classes.map(() => new Float32Array(FEATURE_BUCKETS));
  const biasSquared = new Float64Array(weights.classes.length);
  const order = data.map((_, index) => index);
  let seed = options.seed ?? 42;
  const random = () => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
  const scores = new Float64Array(weights.classes.length);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let index = order.length - 1; index > 0; index--) {
      const other = Math.floor(random() * (index + 1));
      [order[index], order[other]] = [order[other] as number, order[index] as number];
    }
    for (const [step, position] of order.entries()) {
      // Pause every few hundred examples too: an epoch over thousands would block a server noticeably.
      if (step > 0 && step % EXAMPLES_PER_PAUSE === 0) yield;
      const example = data[position];
      if (!example) continue;
      probabilities(weights, example.vector, scores);
      const weight = classWeights[example.label] ?? 1;
      for (let klass = 0; klass < weights.classes.length; klass++) {
        const gradient = ((scores[klass] as number) - (klass === example.label ? 1 : 0)) * weight;
        const row = weights.rows[klass] as Float32Array;
        const rowSquared = squared[klass] as Float32Array;
        const { indexes, values } = example.vector;
        for (let item = 0; item < indexes.length; item++) {
          const feature = indexes[item] as number;
          const g = gradient * (values[item] as number) + l2 * (row[feature] as number);
          rowSquared[feature] = (rowSquared[feature] as number) + g * g;
          row[feature] =
            (row[feature] as number) - (rate * g) / Math.sqrt((rowSquared[feature] as number) + 1e-8);
        }
        biasSquared[klass] = (biasSquared[klass] as number) + gradient * gradient;
        weights.bias[klass] =
          (weights.bias[klass] as number) -
          (rate * gradient) / Math.sqrt((biasSquared[klass] as number) + 1e-8);
      }
    }
    yield;
  }
}

function probabilities(weights: Weights, vector: SparseVector, out: Float64Array): void {
  let max = Number.NEGATIVE_INFINITY;
  for (let klass = 0; klass < weights.classes.length; klass++) {
    const row = weights.rows[klass] as Float32Array;
    let score = weights.bias[klass] as number;
    for (let item = 0; item < vector.indexes.length; item++)
      score += (row[vector.indexes[item] as number] as number) * (vector.values[item] as number);
    out[klass] = score;
    if (score > max) max = score;
  }
  let sum = 0;
  for (let klass = 0; klass < weights.classes.length; klass++) {
    const value = Math.exp((out[klass] as number) - max);
    out[klass] = value;
    sum += value;
  }
  for (let klass = 0; klass < weights.classes.length; klass++) out[klass] = (out[klass] as number) / sum;
}

/** The probability of each class. */
export function predictSoftmax(model: SoftmaxModel, vector: SparseVector): number[] {
  const out = new Float64Array(model.classes.length);
  probabilities(model, vector, out);
  return [...out];
}

/** Independent yes/no models (one logistic row per tag), as plain data like SoftmaxModel. */
export interface MultiLabelModel {
  tags: readonly string[];
  rows: Float32Array[];
  bias: Float64Array;
}

/** The probability of each tag. */
export function predictTags(model: MultiLabelModel, vector: SparseVector): number[] {
  return model.tags.map((_, tag) => {
    const row = model.rows[tag] as Float32Array;
    let score = model.bias[tag] as number;
    for (let item = 0; item < vector.indexes.length; item++)
      score += (row[vector.indexes[item] as number] as number) * (vector.values[item] as number);
    return 1 / (1 + Math.exp(-score));
  });
}

/** The buffers of a model, to transfer rather than copy it to another thread. */
export function modelBuffers(model: SoftmaxModel | MultiLabelModel | undefined): ArrayBuffer[] {
  if (!model) return [];
  return [...model.rows.map((row) => row.buffer as ArrayBuffer), model.bias.buffer as ArrayBuffer];
}

export function* trainMultiLabelInSteps(
  data: { vector: SparseVector; tags: readonly string[] }[],
  tags: readonly string[],
  options: TrainOptions = {},
): Generator<undefined, MultiLabelModel, undefined> {
  const epochs = options.epochs ?? 6;
  const rate = options.learningRate ?? 0.5;
  const l2 = options.l2 ?? 1e-5;
  const rows = tags.map(() => new Float32Array(FEATURE_BUCKETS));
  const squared = tags.map(() => new Float32Array(FEATURE_BUCKETS));
  const bias = new Float64Array(tags.length);
  const biasSquared = new Float64Array(tags.length);
  const labels = data.map((item) => tags.map((tag) => (item.tags.includes(tag) ? 1 : 0)));
  const order = data.map((_, index) => index);
  let seed = options.seed ?? 7;
  const random = () => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let index = order.length - 1; index > 0; index--) {
      const other = Math.floor(random() * (index + 1));
      [order[index], order[other]] = [order[other] as number, order[index] as number];
    }
    for (const [step, position] of order.entries()) {
      if (step > 0 && step % EXAMPLES_PER_PAUSE === 0) yield;
      const example = data[position];
      const wanted = labels[position];
      if (!example || !wanted) continue;
      const { indexes, values } = example.vector;
      for (let tag = 0; tag < tags.length; tag++) {
        const row = rows[tag] as Float32Array;
        const rowSquared = squared[tag] as Float32Array;
        let score = bias[tag] as number;
        for (let item = 0; item < indexes.length; item++)
          score += (row[indexes[item] as number] as number) * (values[item] as number);
        const gradient = 1 / (1 + Math.exp(-score)) - (wanted[tag] as number);
        for (let item = 0; item < indexes.length; item++) {
          const feature = indexes[item] as number;
          const g = gradient * (values[item] as number) + l2 * (row[feature] as number);
          rowSquared[feature] = (rowSquared[feature] as number) + g * g;
          row[feature] =
            (row[feature] as number) - (rate * g) / Math.sqrt((rowSquared[feature] as number) + 1e-8);
        }
        biasSquared[tag] = (biasSquared[tag] as number) + gradient * gradient;
        bias[tag] =
          (bias[tag] as number) - (rate * gradient) / Math.sqrt((biasSquared[tag] as number) + 1e-8);
      }
    }
    yield;
  }
  return { tags, rows, bias };
}
