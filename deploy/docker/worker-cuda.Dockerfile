# Example: a generator worker image on a CUDA/PyTorch base, for models served through the
# Python backend SDK (services/backends/python, see its README) with `type: grpc` backends.
#
#   docker build -f deploy/docker/worker-cuda.Dockerfile -t framefleet-worker-cuda:0.1.0 .
#
# It is an example: add your model's own packages (pip install …) and weights in a layer of
# your own, FROM this image. The worker places tasks with `--devices nvidia`, which reads
# nvidia-smi; the NVIDIA container runtime mounts nvidia-smi and the driver into the container.

# Build the TypeScript services on plain Node (the CUDA image does not need a compiler).
FROM node:20-bookworm-slim AS build
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts
COPY tsconfig.base.json tsconfig.build.json tsconfig.json ./
COPY scripts ./scripts
COPY proto ./proto
COPY services ./services
RUN npm run build && npm prune --omit=dev --ignore-scripts

FROM pytorch/pytorch:2.5.1-cuda12.4-cudnn9-runtime
# Node 20 from the official Node image (same major as the build stage), rather than the
# distribution's older nodejs package.
COPY --from=node:20-bookworm-slim /usr/local/bin/node /usr/local/bin/node
# ffmpeg: the SDK's media helpers write MP4s; tini forwards SIGTERM so the worker drains.
RUN apt-get update \
 && apt-get install -y --no-install-recommends ffmpeg tini ca-certificates \
 && rm -rf /var/lib/apt/lists/* \
 && pip install --no-cache-dir grpcio protobuf numpy
WORKDIR /opt/framefleet
COPY package.json ./
COPY bin ./bin
COPY examples ./examples
COPY --from=build /src/node_modules ./node_modules
COPY --from=build /src/dist ./dist
# The SDK is plain Python with pre-generated messages: putting it on PYTHONPATH is the install.
COPY services/backends/python ./services/backends/python
ENV PYTHONPATH=/opt/framefleet/services/backends/python \
    FRAMEFLEET_OUTPUT_ROOT=/data/runs \
    FRAMEFLEET_DEVICES=nvidia
RUN groupadd --system --gid 10001 framefleet \
 && useradd --system --uid 10001 --gid 10001 --home-dir /opt/framefleet --shell /usr/sbin/nologin framefleet \
 && ln -s /opt/framefleet/bin/framefleet /usr/local/bin/framefleet \
 && mkdir -p /data/runs && chown framefleet:framefleet /data/runs
USER 10001:10001
EXPOSE 9400
ENTRYPOINT ["/usr/bin/tini", "--", "framefleet"]
CMD ["worker", "--role", "gen", "--devices", "nvidia", "--http-port", "9400"]
