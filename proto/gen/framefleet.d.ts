import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace framefleet. */
export namespace framefleet {

    /** Namespace backend. */
    namespace backend {

        /** Namespace v1. */
        namespace v1 {

            /** ProtocolVersion enum. */
            enum ProtocolVersion {

                /** PROTOCOL_VERSION_UNSPECIFIED value */
                PROTOCOL_VERSION_UNSPECIFIED = 0,

                /** PROTOCOL_VERSION_1 value */
                PROTOCOL_VERSION_1 = 1
            }

            /**
             * Properties of an InfoRequest.
             * @deprecated Use framefleet.backend.v1.InfoRequest.$Properties instead.
             */
            interface IInfoRequest extends framefleet.backend.v1.InfoRequest.$Properties {
            }

            /** Represents an InfoRequest. */
            class InfoRequest {

                /**
                 * Constructs a new InfoRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: framefleet.backend.v1.InfoRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new InfoRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns InfoRequest instance
                 */
                static create(properties: framefleet.backend.v1.InfoRequest.$Shape): framefleet.backend.v1.InfoRequest & framefleet.backend.v1.InfoRequest.$Shape;
                static create(properties?: framefleet.backend.v1.InfoRequest.$Properties): framefleet.backend.v1.InfoRequest;

                /**
                 * Encodes the specified InfoRequest message. Does not implicitly {@link framefleet.backend.v1.InfoRequest.verify|verify} messages.
                 * @param message InfoRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: framefleet.backend.v1.InfoRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified InfoRequest message, length delimited. Does not implicitly {@link framefleet.backend.v1.InfoRequest.verify|verify} messages.
                 * @param message InfoRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: framefleet.backend.v1.InfoRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an InfoRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {framefleet.backend.v1.InfoRequest & framefleet.backend.v1.InfoRequest.$Shape} InfoRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): framefleet.backend.v1.InfoRequest & framefleet.backend.v1.InfoRequest.$Shape;

                /**
                 * Decodes an InfoRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {framefleet.backend.v1.InfoRequest & framefleet.backend.v1.InfoRequest.$Shape} InfoRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): framefleet.backend.v1.InfoRequest & framefleet.backend.v1.InfoRequest.$Shape;

                /**
                 * Verifies an InfoRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an InfoRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns InfoRequest
                 */
                static fromObject(object: { [k: string]: any }): framefleet.backend.v1.InfoRequest;

                /**
                 * Creates a plain object from an InfoRequest message. Also converts values to other types if specified.
                 * @param message InfoRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: framefleet.backend.v1.InfoRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this InfoRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for InfoRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace InfoRequest {

                /** Properties of an InfoRequest. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an InfoRequest. */
                type $Shape = framefleet.backend.v1.InfoRequest.$Properties;
            }

            /**
             * Properties of an InfoResponse.
             * @deprecated Use framefleet.backend.v1.InfoResponse.$Properties instead.
             */
            interface IInfoResponse extends framefleet.backend.v1.InfoResponse.$Properties {
            }

            /** Represents an InfoResponse. */
            class InfoResponse {

                /**
                 * Constructs a new InfoResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: framefleet.backend.v1.InfoResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** InfoResponse protocol. */
                protocol: framefleet.backend.v1.ProtocolVersion;

                /** InfoResponse model. */
                model: string;

                /** InfoResponse version. */
                version: string;

                /** InfoResponse memoryMib. */
                memoryMib: number;

                /** InfoResponse capabilities. */
                capabilities: string[];

                /** InfoResponse metrics. */
                metrics: string[];

                /**
                 * Creates a new InfoResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns InfoResponse instance
                 */
                static create(properties: framefleet.backend.v1.InfoResponse.$Shape): framefleet.backend.v1.InfoResponse & framefleet.backend.v1.InfoResponse.$Shape;
                static create(properties?: framefleet.backend.v1.InfoResponse.$Properties): framefleet.backend.v1.InfoResponse;

                /**
                 * Encodes the specified InfoResponse message. Does not implicitly {@link framefleet.backend.v1.InfoResponse.verify|verify} messages.
                 * @param message InfoResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: framefleet.backend.v1.InfoResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified InfoResponse message, length delimited. Does not implicitly {@link framefleet.backend.v1.InfoResponse.verify|verify} messages.
                 * @param message InfoResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: framefleet.backend.v1.InfoResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an InfoResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {framefleet.backend.v1.InfoResponse & framefleet.backend.v1.InfoResponse.$Shape} InfoResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): framefleet.backend.v1.InfoResponse & framefleet.backend.v1.InfoResponse.$Shape;

                /**
                 * Decodes an InfoResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {framefleet.backend.v1.InfoResponse & framefleet.backend.v1.InfoResponse.$Shape} InfoResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): framefleet.backend.v1.InfoResponse & framefleet.backend.v1.InfoResponse.$Shape;

                /**
                 * Verifies an InfoResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an InfoResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns InfoResponse
                 */
                static fromObject(object: { [k: string]: any }): framefleet.backend.v1.InfoResponse;

                /**
                 * Creates a plain object from an InfoResponse message. Also converts values to other types if specified.
                 * @param message InfoResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: framefleet.backend.v1.InfoResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this InfoResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for InfoResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace InfoResponse {

                /** Properties of an InfoResponse. */
                interface $Properties {

                    /** InfoResponse protocol */
                    protocol?: (framefleet.backend.v1.ProtocolVersion|null);

                    /** InfoResponse model */
                    model?: (string|null);

                    /** InfoResponse version */
                    version?: (string|null);

                    /** InfoResponse memoryMib */
                    memoryMib?: (number|null);

                    /** InfoResponse capabilities */
                    capabilities?: (string[]|null);

                    /** InfoResponse metrics */
                    metrics?: (string[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an InfoResponse. */
                type $Shape = framefleet.backend.v1.InfoResponse.$Properties;
            }

            /**
             * Properties of a HealthRequest.
             * @deprecated Use framefleet.backend.v1.HealthRequest.$Properties instead.
             */
            interface IHealthRequest extends framefleet.backend.v1.HealthRequest.$Properties {
            }

            /** Represents a HealthRequest. */
            class HealthRequest {

                /**
                 * Constructs a new HealthRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: framefleet.backend.v1.HealthRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new HealthRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns HealthRequest instance
                 */
                static create(properties: framefleet.backend.v1.HealthRequest.$Shape): framefleet.backend.v1.HealthRequest & framefleet.backend.v1.HealthRequest.$Shape;
                static create(properties?: framefleet.backend.v1.HealthRequest.$Properties): framefleet.backend.v1.HealthRequest;

                /**
                 * Encodes the specified HealthRequest message. Does not implicitly {@link framefleet.backend.v1.HealthRequest.verify|verify} messages.
                 * @param message HealthRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: framefleet.backend.v1.HealthRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified HealthRequest message, length delimited. Does not implicitly {@link framefleet.backend.v1.HealthRequest.verify|verify} messages.
                 * @param message HealthRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: framefleet.backend.v1.HealthRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a HealthRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {framefleet.backend.v1.HealthRequest & framefleet.backend.v1.HealthRequest.$Shape} HealthRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): framefleet.backend.v1.HealthRequest & framefleet.backend.v1.HealthRequest.$Shape;

                /**
                 * Decodes a HealthRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {framefleet.backend.v1.HealthRequest & framefleet.backend.v1.HealthRequest.$Shape} HealthRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): framefleet.backend.v1.HealthRequest & framefleet.backend.v1.HealthRequest.$Shape;

                /**
                 * Verifies a HealthRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a HealthRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns HealthRequest
                 */
                static fromObject(object: { [k: string]: any }): framefleet.backend.v1.HealthRequest;

                /**
                 * Creates a plain object from a HealthRequest message. Also converts values to other types if specified.
                 * @param message HealthRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: framefleet.backend.v1.HealthRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this HealthRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for HealthRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace HealthRequest {

                /** Properties of a HealthRequest. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a HealthRequest. */
                type $Shape = framefleet.backend.v1.HealthRequest.$Properties;
            }

            /**
             * Properties of a HealthResponse.
             * @deprecated Use framefleet.backend.v1.HealthResponse.$Properties instead.
             */
            interface IHealthResponse extends framefleet.backend.v1.HealthResponse.$Properties {
            }

            /** Represents a HealthResponse. */
            class HealthResponse {

                /**
                 * Constructs a new HealthResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: framefleet.backend.v1.HealthResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** HealthResponse ready. */
                ready: boolean;

                /** HealthResponse state. */
                state: string;

                /** HealthResponse message. */
                message: string;

                /**
                 * Creates a new HealthResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns HealthResponse instance
                 */
                static create(properties: framefleet.backend.v1.HealthResponse.$Shape): framefleet.backend.v1.HealthResponse & framefleet.backend.v1.HealthResponse.$Shape;
                static create(properties?: framefleet.backend.v1.HealthResponse.$Properties): framefleet.backend.v1.HealthResponse;

                /**
                 * Encodes the specified HealthResponse message. Does not implicitly {@link framefleet.backend.v1.HealthResponse.verify|verify} messages.
                 * @param message HealthResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: framefleet.backend.v1.HealthResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified HealthResponse message, length delimited. Does not implicitly {@link framefleet.backend.v1.HealthResponse.verify|verify} messages.
                 * @param message HealthResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: framefleet.backend.v1.HealthResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a HealthResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {framefleet.backend.v1.HealthResponse & framefleet.backend.v1.HealthResponse.$Shape} HealthResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): framefleet.backend.v1.HealthResponse & framefleet.backend.v1.HealthResponse.$Shape;

                /**
                 * Decodes a HealthResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {framefleet.backend.v1.HealthResponse & framefleet.backend.v1.HealthResponse.$Shape} HealthResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): framefleet.backend.v1.HealthResponse & framefleet.backend.v1.HealthResponse.$Shape;

                /**
                 * Verifies a HealthResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a HealthResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns HealthResponse
                 */
                static fromObject(object: { [k: string]: any }): framefleet.backend.v1.HealthResponse;

                /**
                 * Creates a plain object from a HealthResponse message. Also converts values to other types if specified.
                 * @param message HealthResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: framefleet.backend.v1.HealthResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this HealthResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for HealthResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace HealthResponse {

                /** Properties of a HealthResponse. */
                interface $Properties {

                    /** HealthResponse ready */
                    ready?: (boolean|null);

                    /** HealthResponse state */
                    state?: (string|null);

                    /** HealthResponse message */
                    message?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a HealthResponse. */
                type $Shape = framefleet.backend.v1.HealthResponse.$Properties;
            }

            /**
             * Properties of a VideoShape.
             * @deprecated Use framefleet.backend.v1.VideoShape.$Properties instead.
             */
            interface IVideoShape extends framefleet.backend.v1.VideoShape.$Properties {
            }

            /** Represents a VideoShape. */
            class VideoShape {

                /**
                 * Constructs a new VideoShape.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: framefleet.backend.v1.VideoShape.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** VideoShape frames. */
                frames: number;

                /** VideoShape fps. */
                fps: number;

                /** VideoShape width. */
                width: number;

                /** VideoShape height. */
                height: number;

                /**
                 * Creates a new VideoShape instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns VideoShape instance
                 */
                static create(properties: framefleet.backend.v1.VideoShape.$Shape): framefleet.backend.v1.VideoShape & framefleet.backend.v1.VideoShape.$Shape;
                static create(properties?: framefleet.backend.v1.VideoShape.$Properties): framefleet.backend.v1.VideoShape;

                /**
                 * Encodes the specified VideoShape message. Does not implicitly {@link framefleet.backend.v1.VideoShape.verify|verify} messages.
                 * @param message VideoShape message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: framefleet.backend.v1.VideoShape.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified VideoShape message, length delimited. Does not implicitly {@link framefleet.backend.v1.VideoShape.verify|verify} messages.
                 * @param message VideoShape message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: framefleet.backend.v1.VideoShape.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a VideoShape message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {framefleet.backend.v1.VideoShape & framefleet.backend.v1.VideoShape.$Shape} VideoShape
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): framefleet.backend.v1.VideoShape & framefleet.backend.v1.VideoShape.$Shape;

                /**
                 * Decodes a VideoShape message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {framefleet.backend.v1.VideoShape & framefleet.backend.v1.VideoShape.$Shape} VideoShape
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): framefleet.backend.v1.VideoShape & framefleet.backend.v1.VideoShape.$Shape;

                /**
                 * Verifies a VideoShape message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a VideoShape message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns VideoShape
                 */
                static fromObject(object: { [k: string]: any }): framefleet.backend.v1.VideoShape;

                /**
                 * Creates a plain object from a VideoShape message. Also converts values to other types if specified.
                 * @param message VideoShape
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: framefleet.backend.v1.VideoShape, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this VideoShape to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for VideoShape
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace VideoShape {

                /** Properties of a VideoShape. */
                interface $Properties {

                    /** VideoShape frames */
                    frames?: (number|null);

                    /** VideoShape fps */
                    fps?: (number|null);

                    /** VideoShape width */
                    width?: (number|null);

                    /** VideoShape height */
                    height?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a VideoShape. */
                type $Shape = framefleet.backend.v1.VideoShape.$Properties;
            }

            /**
             * Properties of a GenerateRequest.
             * @deprecated Use framefleet.backend.v1.GenerateRequest.$Properties instead.
             */
            interface IGenerateRequest extends framefleet.backend.v1.GenerateRequest.$Properties {
            }

            /** Represents a GenerateRequest. */
            class GenerateRequest {

                /**
                 * Constructs a new GenerateRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: framefleet.backend.v1.GenerateRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** GenerateRequest taskId. */
                taskId: string;

                /** GenerateRequest runId. */
                runId: string;

                /** GenerateRequest prompt. */
                prompt: string;

                /** GenerateRequest seed. */
                seed: number;

                /** GenerateRequest video. */
                video?: (framefleet.backend.v1.VideoShape.$Properties|null);

                /** GenerateRequest outputFile. */
                outputFile: string;

                /** GenerateRequest inputs. */
                inputs: { [k: string]: string };

                /** GenerateRequest params. */
                params: { [k: string]: string };

                /**
                 * Creates a new GenerateRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GenerateRequest instance
                 */
                static create(properties: framefleet.backend.v1.GenerateRequest.$Shape): framefleet.backend.v1.GenerateRequest & framefleet.backend.v1.GenerateRequest.$Shape;
                static create(properties?: framefleet.backend.v1.GenerateRequest.$Properties): framefleet.backend.v1.GenerateRequest;

                /**
                 * Encodes the specified GenerateRequest message. Does not implicitly {@link framefleet.backend.v1.GenerateRequest.verify|verify} messages.
                 * @param message GenerateRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: framefleet.backend.v1.GenerateRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified GenerateRequest message, length delimited. Does not implicitly {@link framefleet.backend.v1.GenerateRequest.verify|verify} messages.
                 * @param message GenerateRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: framefleet.backend.v1.GenerateRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GenerateRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {framefleet.backend.v1.GenerateRequest & framefleet.backend.v1.GenerateRequest.$Shape} GenerateRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): framefleet.backend.v1.GenerateRequest & framefleet.backend.v1.GenerateRequest.$Shape;

                /**
                 * Decodes a GenerateRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {framefleet.backend.v1.GenerateRequest & framefleet.backend.v1.GenerateRequest.$Shape} GenerateRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): framefleet.backend.v1.GenerateRequest & framefleet.backend.v1.GenerateRequest.$Shape;

                /**
                 * Verifies a GenerateRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a GenerateRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GenerateRequest
                 */
                static fromObject(object: { [k: string]: any }): framefleet.backend.v1.GenerateRequest;

                /**
                 * Creates a plain object from a GenerateRequest message. Also converts values to other types if specified.
                 * @param message GenerateRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: framefleet.backend.v1.GenerateRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GenerateRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for GenerateRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace GenerateRequest {

                /** Properties of a GenerateRequest. */
                interface $Properties {

                    /** GenerateRequest taskId */
                    taskId?: (string|null);

                    /** GenerateRequest runId */
                    runId?: (string|null);

                    /** GenerateRequest prompt */
                    prompt?: (string|null);

                    /** GenerateRequest seed */
                    seed?: (number|null);

                    /** GenerateRequest video */
                    video?: (framefleet.backend.v1.VideoShape.$Properties|null);

                    /** GenerateRequest outputFile */
                    outputFile?: (string|null);

                    /** GenerateRequest inputs */
                    inputs?: ({ [k: string]: string }|null);

                    /** GenerateRequest params */
                    params?: ({ [k: string]: string }|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GenerateRequest. */
                type $Shape = framefleet.backend.v1.GenerateRequest.$Properties;
            }

            /**
             * Properties of an EvaluateRequest.
             * @deprecated Use framefleet.backend.v1.EvaluateRequest.$Properties instead.
             */
            interface IEvaluateRequest extends framefleet.backend.v1.EvaluateRequest.$Properties {
            }

            /** Represents an EvaluateRequest. */
            class EvaluateRequest {

                /**
                 * Constructs a new EvaluateRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: framefleet.backend.v1.EvaluateRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** EvaluateRequest taskId. */
                taskId: string;

                /** EvaluateRequest runId. */
                runId: string;

                /** EvaluateRequest videoFile. */
                videoFile: string;

                /** EvaluateRequest expected. */
                expected?: (framefleet.backend.v1.VideoShape.$Properties|null);

                /** EvaluateRequest metrics. */
                metrics: string[];

                /** EvaluateRequest prompt. */
                prompt: string;

                /** EvaluateRequest inputs. */
                inputs: { [k: string]: string };

                /** EvaluateRequest params. */
                params: { [k: string]: string };

                /**
                 * Creates a new EvaluateRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns EvaluateRequest instance
                 */
                static create(properties: framefleet.backend.v1.EvaluateRequest.$Shape): framefleet.backend.v1.EvaluateRequest & framefleet.backend.v1.EvaluateRequest.$Shape;
                static create(properties?: framefleet.backend.v1.EvaluateRequest.$Properties): framefleet.backend.v1.EvaluateRequest;

                /**
                 * Encodes the specified EvaluateRequest message. Does not implicitly {@link framefleet.backend.v1.EvaluateRequest.verify|verify} messages.
                 * @param message EvaluateRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: framefleet.backend.v1.EvaluateRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified EvaluateRequest message, length delimited. Does not implicitly {@link framefleet.backend.v1.EvaluateRequest.verify|verify} messages.
                 * @param message EvaluateRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: framefleet.backend.v1.EvaluateRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an EvaluateRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {framefleet.backend.v1.EvaluateRequest & framefleet.backend.v1.EvaluateRequest.$Shape} EvaluateRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): framefleet.backend.v1.EvaluateRequest & framefleet.backend.v1.EvaluateRequest.$Shape;

                /**
                 * Decodes an EvaluateRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {framefleet.backend.v1.EvaluateRequest & framefleet.backend.v1.EvaluateRequest.$Shape} EvaluateRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): framefleet.backend.v1.EvaluateRequest & framefleet.backend.v1.EvaluateRequest.$Shape;

                /**
                 * Verifies an EvaluateRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an EvaluateRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns EvaluateRequest
                 */
                static fromObject(object: { [k: string]: any }): framefleet.backend.v1.EvaluateRequest;

                /**
                 * Creates a plain object from an EvaluateRequest message. Also converts values to other types if specified.
                 * @param message EvaluateRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: framefleet.backend.v1.EvaluateRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this EvaluateRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for EvaluateRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace EvaluateRequest {

                /** Properties of an EvaluateRequest. */
                interface $Properties {

                    /** EvaluateRequest taskId */
                    taskId?: (string|null);

                    /** EvaluateRequest runId */
                    runId?: (string|null);

                    /** EvaluateRequest videoFile */
                    videoFile?: (string|null);

                    /** EvaluateRequest expected */
                    expected?: (framefleet.backend.v1.VideoShape.$Properties|null);

                    /** EvaluateRequest metrics */
                    metrics?: (string[]|null);

                    /** EvaluateRequest prompt */
                    prompt?: (string|null);

                    /** EvaluateRequest inputs */
                    inputs?: ({ [k: string]: string }|null);

                    /** EvaluateRequest params */
                    params?: ({ [k: string]: string }|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an EvaluateRequest. */
                type $Shape = framefleet.backend.v1.EvaluateRequest.$Properties;
            }

            /**
             * Properties of a Progress.
             * @deprecated Use framefleet.backend.v1.Progress.$Properties instead.
             */
            interface IProgress extends framefleet.backend.v1.Progress.$Properties {
            }

            /** Represents a Progress. */
            class Progress {

                /**
                 * Constructs a new Progress.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: framefleet.backend.v1.Progress.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Progress fraction. */
                fraction: number;

                /** Progress stage. */
                stage: string;

                /**
                 * Creates a new Progress instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Progress instance
                 */
                static create(properties: framefleet.backend.v1.Progress.$Shape): framefleet.backend.v1.Progress & framefleet.backend.v1.Progress.$Shape;
                static create(properties?: framefleet.backend.v1.Progress.$Properties): framefleet.backend.v1.Progress;

                /**
                 * Encodes the specified Progress message. Does not implicitly {@link framefleet.backend.v1.Progress.verify|verify} messages.
                 * @param message Progress message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: framefleet.backend.v1.Progress.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Progress message, length delimited. Does not implicitly {@link framefleet.backend.v1.Progress.verify|verify} messages.
                 * @param message Progress message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: framefleet.backend.v1.Progress.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Progress message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {framefleet.backend.v1.Progress & framefleet.backend.v1.Progress.$Shape} Progress
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): framefleet.backend.v1.Progress & framefleet.backend.v1.Progress.$Shape;

                /**
                 * Decodes a Progress message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {framefleet.backend.v1.Progress & framefleet.backend.v1.Progress.$Shape} Progress
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): framefleet.backend.v1.Progress & framefleet.backend.v1.Progress.$Shape;

                /**
                 * Verifies a Progress message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Progress message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Progress
                 */
                static fromObject(object: { [k: string]: any }): framefleet.backend.v1.Progress;

                /**
                 * Creates a plain object from a Progress message. Also converts values to other types if specified.
                 * @param message Progress
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: framefleet.backend.v1.Progress, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Progress to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Progress
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Progress {

                /** Properties of a Progress. */
                interface $Properties {

                    /** Progress fraction */
                    fraction?: (number|null);

                    /** Progress stage */
                    stage?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Progress. */
                type $Shape = framefleet.backend.v1.Progress.$Properties;
            }

            /**
             * Properties of a BackendError.
             * @deprecated Use framefleet.backend.v1.BackendError.$Properties instead.
             */
            interface IBackendError extends framefleet.backend.v1.BackendError.$Properties {
            }

            /** Represents a BackendError. */
            class BackendError {

                /**
                 * Constructs a new BackendError.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: framefleet.backend.v1.BackendError.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** BackendError code. */
                code: framefleet.backend.v1.BackendError.Code;

                /** BackendError message. */
                message: string;

                /**
                 * Creates a new BackendError instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns BackendError instance
                 */
                static create(properties: framefleet.backend.v1.BackendError.$Shape): framefleet.backend.v1.BackendError & framefleet.backend.v1.BackendError.$Shape;
                static create(properties?: framefleet.backend.v1.BackendError.$Properties): framefleet.backend.v1.BackendError;

                /**
                 * Encodes the specified BackendError message. Does not implicitly {@link framefleet.backend.v1.BackendError.verify|verify} messages.
                 * @param message BackendError message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: framefleet.backend.v1.BackendError.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified BackendError message, length delimited. Does not implicitly {@link framefleet.backend.v1.BackendError.verify|verify} messages.
                 * @param message BackendError message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: framefleet.backend.v1.BackendError.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a BackendError message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {framefleet.backend.v1.BackendError & framefleet.backend.v1.BackendError.$Shape} BackendError
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): framefleet.backend.v1.BackendError & framefleet.backend.v1.BackendError.$Shape;

                /**
                 * Decodes a BackendError message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {framefleet.backend.v1.BackendError & framefleet.backend.v1.BackendError.$Shape} BackendError
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): framefleet.backend.v1.BackendError & framefleet.backend.v1.BackendError.$Shape;

                /**
                 * Verifies a BackendError message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a BackendError message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns BackendError
                 */
                static fromObject(object: { [k: string]: any }): framefleet.backend.v1.BackendError;

                /**
                 * Creates a plain object from a BackendError message. Also converts values to other types if specified.
                 * @param message BackendError
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: framefleet.backend.v1.BackendError, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this BackendError to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for BackendError
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace BackendError {

                /** Properties of a BackendError. */
                interface $Properties {

                    /** BackendError code */
                    code?: (framefleet.backend.v1.BackendError.Code|null);

                    /** BackendError message */
                    message?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a BackendError. */
                type $Shape = framefleet.backend.v1.BackendError.$Properties;

                /** Code enum. */
                enum Code {

                    /** CODE_UNSPECIFIED value */
                    CODE_UNSPECIFIED = 0,

                    /** CODE_RESOURCE_EXHAUSTED value */
                    CODE_RESOURCE_EXHAUSTED = 1,

                    /** CODE_INVALID_INPUT value */
                    CODE_INVALID_INPUT = 2,

                    /** CODE_BACKEND_FAILED value */
                    CODE_BACKEND_FAILED = 3,

                    /** CODE_CANCELLED value */
                    CODE_CANCELLED = 4
                }
            }

            /**
             * Properties of a GenerateResult.
             * @deprecated Use framefleet.backend.v1.GenerateResult.$Properties instead.
             */
            interface IGenerateResult extends framefleet.backend.v1.GenerateResult.$Properties {
            }

            /** Represents a GenerateResult. */
            class GenerateResult {

                /**
                 * Constructs a new GenerateResult.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: framefleet.backend.v1.GenerateResult.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** GenerateResult outputFile. */
                outputFile: string;

                /**
                 * Creates a new GenerateResult instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GenerateResult instance
                 */
                static create(properties: framefleet.backend.v1.GenerateResult.$Shape): framefleet.backend.v1.GenerateResult & framefleet.backend.v1.GenerateResult.$Shape;
                static create(properties?: framefleet.backend.v1.GenerateResult.$Properties): framefleet.backend.v1.GenerateResult;

                /**
                 * Encodes the specified GenerateResult message. Does not implicitly {@link framefleet.backend.v1.GenerateResult.verify|verify} messages.
                 * @param message GenerateResult message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: framefleet.backend.v1.GenerateResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified GenerateResult message, length delimited. Does not implicitly {@link framefleet.backend.v1.GenerateResult.verify|verify} messages.
                 * @param message GenerateResult message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: framefleet.backend.v1.GenerateResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GenerateResult message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {framefleet.backend.v1.GenerateResult & framefleet.backend.v1.GenerateResult.$Shape} GenerateResult
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): framefleet.backend.v1.GenerateResult & framefleet.backend.v1.GenerateResult.$Shape;

                /**
                 * Decodes a GenerateResult message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {framefleet.backend.v1.GenerateResult & framefleet.backend.v1.GenerateResult.$Shape} GenerateResult
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): framefleet.backend.v1.GenerateResult & framefleet.backend.v1.GenerateResult.$Shape;

                /**
                 * Verifies a GenerateResult message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a GenerateResult message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GenerateResult
                 */
                static fromObject(object: { [k: string]: any }): framefleet.backend.v1.GenerateResult;

                /**
                 * Creates a plain object from a GenerateResult message. Also converts values to other types if specified.
                 * @param message GenerateResult
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: framefleet.backend.v1.GenerateResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GenerateResult to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for GenerateResult
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace GenerateResult {

                /** Properties of a GenerateResult. */
                interface $Properties {

                    /** GenerateResult outputFile */
                    outputFile?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GenerateResult. */
                type $Shape = framefleet.backend.v1.GenerateResult.$Properties;
            }

            /**
             * Properties of an EvaluateResult.
             * @deprecated Use framefleet.backend.v1.EvaluateResult.$Properties instead.
             */
            interface IEvaluateResult extends framefleet.backend.v1.EvaluateResult.$Properties {
            }

            /** Represents an EvaluateResult. */
            class EvaluateResult {

                /**
                 * Constructs a new EvaluateResult.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: framefleet.backend.v1.EvaluateResult.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** EvaluateResult scores. */
                scores: { [k: string]: number };

                /**
                 * Creates a new EvaluateResult instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns EvaluateResult instance
                 */
                static create(properties: framefleet.backend.v1.EvaluateResult.$Shape): framefleet.backend.v1.EvaluateResult & framefleet.backend.v1.EvaluateResult.$Shape;
                static create(properties?: framefleet.backend.v1.EvaluateResult.$Properties): framefleet.backend.v1.EvaluateResult;

                /**
                 * Encodes the specified EvaluateResult message. Does not implicitly {@link framefleet.backend.v1.EvaluateResult.verify|verify} messages.
                 * @param message EvaluateResult message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: framefleet.backend.v1.EvaluateResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified EvaluateResult message, length delimited. Does not implicitly {@link framefleet.backend.v1.EvaluateResult.verify|verify} messages.
                 * @param message EvaluateResult message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: framefleet.backend.v1.EvaluateResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an EvaluateResult message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {framefleet.backend.v1.EvaluateResult & framefleet.backend.v1.EvaluateResult.$Shape} EvaluateResult
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): framefleet.backend.v1.EvaluateResult & framefleet.backend.v1.EvaluateResult.$Shape;

                /**
                 * Decodes an EvaluateResult message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {framefleet.backend.v1.EvaluateResult & framefleet.backend.v1.EvaluateResult.$Shape} EvaluateResult
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): framefleet.backend.v1.EvaluateResult & framefleet.backend.v1.EvaluateResult.$Shape;

                /**
                 * Verifies an EvaluateResult message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an EvaluateResult message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns EvaluateResult
                 */
                static fromObject(object: { [k: string]: any }): framefleet.backend.v1.EvaluateResult;

                /**
                 * Creates a plain object from an EvaluateResult message. Also converts values to other types if specified.
                 * @param message EvaluateResult
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: framefleet.backend.v1.EvaluateResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this EvaluateResult to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for EvaluateResult
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace EvaluateResult {

                /** Properties of an EvaluateResult. */
                interface $Properties {

                    /** EvaluateResult scores */
                    scores?: ({ [k: string]: number }|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an EvaluateResult. */
                type $Shape = framefleet.backend.v1.EvaluateResult.$Properties;
            }

            /**
             * Properties of a GenerateEvent.
             * @deprecated Use framefleet.backend.v1.GenerateEvent.$Properties instead.
             */
            interface IGenerateEvent extends framefleet.backend.v1.GenerateEvent.$Properties {
            }

            /** Represents a GenerateEvent. */
            class GenerateEvent {

                /**
                 * Constructs a new GenerateEvent.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: framefleet.backend.v1.GenerateEvent.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** GenerateEvent progress. */
                progress?: (framefleet.backend.v1.Progress.$Properties|null);

                /** GenerateEvent result. */
                result?: (framefleet.backend.v1.GenerateResult.$Properties|null);

                /** GenerateEvent error. */
                error?: (framefleet.backend.v1.BackendError.$Properties|null);

                /** GenerateEvent event. */
                event?: ("progress"|"result"|"error");

                /**
                 * Creates a new GenerateEvent instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GenerateEvent instance
                 */
                static create(properties: framefleet.backend.v1.GenerateEvent.$Shape): framefleet.backend.v1.GenerateEvent & framefleet.backend.v1.GenerateEvent.$Shape;
                static create(properties?: framefleet.backend.v1.GenerateEvent.$Properties): framefleet.backend.v1.GenerateEvent;

                /**
                 * Encodes the specified GenerateEvent message. Does not implicitly {@link framefleet.backend.v1.GenerateEvent.verify|verify} messages.
                 * @param message GenerateEvent message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: framefleet.backend.v1.GenerateEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified GenerateEvent message, length delimited. Does not implicitly {@link framefleet.backend.v1.GenerateEvent.verify|verify} messages.
                 * @param message GenerateEvent message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: framefleet.backend.v1.GenerateEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GenerateEvent message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {framefleet.backend.v1.GenerateEvent & framefleet.backend.v1.GenerateEvent.$Shape} GenerateEvent
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): framefleet.backend.v1.GenerateEvent & framefleet.backend.v1.GenerateEvent.$Shape;

                /**
                 * Decodes a GenerateEvent message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {framefleet.backend.v1.GenerateEvent & framefleet.backend.v1.GenerateEvent.$Shape} GenerateEvent
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): framefleet.backend.v1.GenerateEvent & framefleet.backend.v1.GenerateEvent.$Shape;

                /**
                 * Verifies a GenerateEvent message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a GenerateEvent message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GenerateEvent
                 */
                static fromObject(object: { [k: string]: any }): framefleet.backend.v1.GenerateEvent;

                /**
                 * Creates a plain object from a GenerateEvent message. Also converts values to other types if specified.
                 * @param message GenerateEvent
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: framefleet.backend.v1.GenerateEvent, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GenerateEvent to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for GenerateEvent
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace GenerateEvent {

                /** Properties of a GenerateEvent. */
                interface $Properties {

                    /** GenerateEvent progress */
                    progress?: (framefleet.backend.v1.Progress.$Properties|null);

                    /** GenerateEvent result */
                    result?: (framefleet.backend.v1.GenerateResult.$Properties|null);

                    /** GenerateEvent error */
                    error?: (framefleet.backend.v1.BackendError.$Properties|null);

                    /** GenerateEvent event */
                    event?: ("progress"|"result"|"error");

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Narrowed shape of a GenerateEvent. */
                type $Shape = {
                  progress?: framefleet.backend.v1.Progress.$Shape|null;
                  result?: framefleet.backend.v1.GenerateResult.$Shape|null;
                  error?: framefleet.backend.v1.BackendError.$Shape|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ event?: undefined; progress?: null; result?: null; error?: null }|{ event?: "progress"; progress: framefleet.backend.v1.Progress.$Shape; result?: null; error?: null }|{ event?: "result"; progress?: null; result: framefleet.backend.v1.GenerateResult.$Shape; error?: null }|{ event?: "error"; progress?: null; result?: null; error: framefleet.backend.v1.BackendError.$Shape })
                );
            }

            /**
             * Properties of an EvaluateEvent.
             * @deprecated Use framefleet.backend.v1.EvaluateEvent.$Properties instead.
             */
            interface IEvaluateEvent extends framefleet.backend.v1.EvaluateEvent.$Properties {
            }

            /** Represents an EvaluateEvent. */
            class EvaluateEvent {

                /**
                 * Constructs a new EvaluateEvent.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: framefleet.backend.v1.EvaluateEvent.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** EvaluateEvent progress. */
                progress?: (framefleet.backend.v1.Progress.$Properties|null);

                /** EvaluateEvent result. */
                result?: (framefleet.backend.v1.EvaluateResult.$Properties|null);

                /** EvaluateEvent error. */
                error?: (framefleet.backend.v1.BackendError.$Properties|null);

                /** EvaluateEvent event. */
                event?: ("progress"|"result"|"error");

                /**
                 * Creates a new EvaluateEvent instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns EvaluateEvent instance
                 */
                static create(properties: framefleet.backend.v1.EvaluateEvent.$Shape): framefleet.backend.v1.EvaluateEvent & framefleet.backend.v1.EvaluateEvent.$Shape;
                static create(properties?: framefleet.backend.v1.EvaluateEvent.$Properties): framefleet.backend.v1.EvaluateEvent;

                /**
                 * Encodes the specified EvaluateEvent message. Does not implicitly {@link framefleet.backend.v1.EvaluateEvent.verify|verify} messages.
                 * @param message EvaluateEvent message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: framefleet.backend.v1.EvaluateEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified EvaluateEvent message, length delimited. Does not implicitly {@link framefleet.backend.v1.EvaluateEvent.verify|verify} messages.
                 * @param message EvaluateEvent message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: framefleet.backend.v1.EvaluateEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an EvaluateEvent message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {framefleet.backend.v1.EvaluateEvent & framefleet.backend.v1.EvaluateEvent.$Shape} EvaluateEvent
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): framefleet.backend.v1.EvaluateEvent & framefleet.backend.v1.EvaluateEvent.$Shape;

                /**
                 * Decodes an EvaluateEvent message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {framefleet.backend.v1.EvaluateEvent & framefleet.backend.v1.EvaluateEvent.$Shape} EvaluateEvent
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): framefleet.backend.v1.EvaluateEvent & framefleet.backend.v1.EvaluateEvent.$Shape;

                /**
                 * Verifies an EvaluateEvent message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an EvaluateEvent message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns EvaluateEvent
                 */
                static fromObject(object: { [k: string]: any }): framefleet.backend.v1.EvaluateEvent;

                /**
                 * Creates a plain object from an EvaluateEvent message. Also converts values to other types if specified.
                 * @param message EvaluateEvent
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: framefleet.backend.v1.EvaluateEvent, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this EvaluateEvent to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for EvaluateEvent
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace EvaluateEvent {

                /** Properties of an EvaluateEvent. */
                interface $Properties {

                    /** EvaluateEvent progress */
                    progress?: (framefleet.backend.v1.Progress.$Properties|null);

                    /** EvaluateEvent result */
                    result?: (framefleet.backend.v1.EvaluateResult.$Properties|null);

                    /** EvaluateEvent error */
                    error?: (framefleet.backend.v1.BackendError.$Properties|null);

                    /** EvaluateEvent event */
                    event?: ("progress"|"result"|"error");

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Narrowed shape of an EvaluateEvent. */
                type $Shape = {
                  progress?: framefleet.backend.v1.Progress.$Shape|null;
                  result?: framefleet.backend.v1.EvaluateResult.$Shape|null;
                  error?: framefleet.backend.v1.BackendError.$Shape|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ event?: undefined; progress?: null; result?: null; error?: null }|{ event?: "progress"; progress: framefleet.backend.v1.Progress.$Shape; result?: null; error?: null }|{ event?: "result"; progress?: null; result: framefleet.backend.v1.EvaluateResult.$Shape; error?: null }|{ event?: "error"; progress?: null; result?: null; error: framefleet.backend.v1.BackendError.$Shape })
                );
            }

            /**
             * Properties of a ShutdownRequest.
             * @deprecated Use framefleet.backend.v1.ShutdownRequest.$Properties instead.
             */
            interface IShutdownRequest extends framefleet.backend.v1.ShutdownRequest.$Properties {
            }

            /** Represents a ShutdownRequest. */
            class ShutdownRequest {

                /**
                 * Constructs a new ShutdownRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: framefleet.backend.v1.ShutdownRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new ShutdownRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ShutdownRequest instance
                 */
                static create(properties: framefleet.backend.v1.ShutdownRequest.$Shape): framefleet.backend.v1.ShutdownRequest & framefleet.backend.v1.ShutdownRequest.$Shape;
                static create(properties?: framefleet.backend.v1.ShutdownRequest.$Properties): framefleet.backend.v1.ShutdownRequest;

                /**
                 * Encodes the specified ShutdownRequest message. Does not implicitly {@link framefleet.backend.v1.ShutdownRequest.verify|verify} messages.
                 * @param message ShutdownRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: framefleet.backend.v1.ShutdownRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ShutdownRequest message, length delimited. Does not implicitly {@link framefleet.backend.v1.ShutdownRequest.verify|verify} messages.
                 * @param message ShutdownRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: framefleet.backend.v1.ShutdownRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ShutdownRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {framefleet.backend.v1.ShutdownRequest & framefleet.backend.v1.ShutdownRequest.$Shape} ShutdownRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): framefleet.backend.v1.ShutdownRequest & framefleet.backend.v1.ShutdownRequest.$Shape;

                /**
                 * Decodes a ShutdownRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {framefleet.backend.v1.ShutdownRequest & framefleet.backend.v1.ShutdownRequest.$Shape} ShutdownRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): framefleet.backend.v1.ShutdownRequest & framefleet.backend.v1.ShutdownRequest.$Shape;

                /**
                 * Verifies a ShutdownRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ShutdownRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ShutdownRequest
                 */
                static fromObject(object: { [k: string]: any }): framefleet.backend.v1.ShutdownRequest;

                /**
                 * Creates a plain object from a ShutdownRequest message. Also converts values to other types if specified.
                 * @param message ShutdownRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: framefleet.backend.v1.ShutdownRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ShutdownRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ShutdownRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ShutdownRequest {

                /** Properties of a ShutdownRequest. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ShutdownRequest. */
                type $Shape = framefleet.backend.v1.ShutdownRequest.$Properties;
            }

            /**
             * Properties of a ShutdownResponse.
             * @deprecated Use framefleet.backend.v1.ShutdownResponse.$Properties instead.
             */
            interface IShutdownResponse extends framefleet.backend.v1.ShutdownResponse.$Properties {
            }

            /** Represents a ShutdownResponse. */
            class ShutdownResponse {

                /**
                 * Constructs a new ShutdownResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: framefleet.backend.v1.ShutdownResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new ShutdownResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ShutdownResponse instance
                 */
                static create(properties: framefleet.backend.v1.ShutdownResponse.$Shape): framefleet.backend.v1.ShutdownResponse & framefleet.backend.v1.ShutdownResponse.$Shape;
                static create(properties?: framefleet.backend.v1.ShutdownResponse.$Properties): framefleet.backend.v1.ShutdownResponse;

                /**
                 * Encodes the specified ShutdownResponse message. Does not implicitly {@link framefleet.backend.v1.ShutdownResponse.verify|verify} messages.
                 * @param message ShutdownResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: framefleet.backend.v1.ShutdownResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ShutdownResponse message, length delimited. Does not implicitly {@link framefleet.backend.v1.ShutdownResponse.verify|verify} messages.
                 * @param message ShutdownResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: framefleet.backend.v1.ShutdownResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ShutdownResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {framefleet.backend.v1.ShutdownResponse & framefleet.backend.v1.ShutdownResponse.$Shape} ShutdownResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): framefleet.backend.v1.ShutdownResponse & framefleet.backend.v1.ShutdownResponse.$Shape;

                /**
                 * Decodes a ShutdownResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {framefleet.backend.v1.ShutdownResponse & framefleet.backend.v1.ShutdownResponse.$Shape} ShutdownResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): framefleet.backend.v1.ShutdownResponse & framefleet.backend.v1.ShutdownResponse.$Shape;

                /**
                 * Verifies a ShutdownResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ShutdownResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ShutdownResponse
                 */
                static fromObject(object: { [k: string]: any }): framefleet.backend.v1.ShutdownResponse;

                /**
                 * Creates a plain object from a ShutdownResponse message. Also converts values to other types if specified.
                 * @param message ShutdownResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: framefleet.backend.v1.ShutdownResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ShutdownResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ShutdownResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ShutdownResponse {

                /** Properties of a ShutdownResponse. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ShutdownResponse. */
                type $Shape = framefleet.backend.v1.ShutdownResponse.$Properties;
            }
        }
    }

    /** Namespace v1. */
    namespace v1 {

        /**
         * Properties of a VideoParams.
         * @deprecated Use framefleet.v1.VideoParams.$Properties instead.
         */
        interface IVideoParams extends framefleet.v1.VideoParams.$Properties {
        }

        /** Represents a VideoParams. */
        class VideoParams {

            /**
             * Constructs a new VideoParams.
             * @param [properties] Properties to set
             */
            constructor(properties?: framefleet.v1.VideoParams.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** VideoParams frames. */
            frames: number;

            /** VideoParams fps. */
            fps: number;

            /** VideoParams width. */
            width: number;

            /** VideoParams height. */
            height: number;

            /**
             * Creates a new VideoParams instance using the specified properties.
             * @param [properties] Properties to set
             * @returns VideoParams instance
             */
            static create(properties: framefleet.v1.VideoParams.$Shape): framefleet.v1.VideoParams & framefleet.v1.VideoParams.$Shape;
            static create(properties?: framefleet.v1.VideoParams.$Properties): framefleet.v1.VideoParams;

            /**
             * Encodes the specified VideoParams message. Does not implicitly {@link framefleet.v1.VideoParams.verify|verify} messages.
             * @param message VideoParams message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: framefleet.v1.VideoParams.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified VideoParams message, length delimited. Does not implicitly {@link framefleet.v1.VideoParams.verify|verify} messages.
             * @param message VideoParams message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: framefleet.v1.VideoParams.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a VideoParams message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {framefleet.v1.VideoParams & framefleet.v1.VideoParams.$Shape} VideoParams
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): framefleet.v1.VideoParams & framefleet.v1.VideoParams.$Shape;

            /**
             * Decodes a VideoParams message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {framefleet.v1.VideoParams & framefleet.v1.VideoParams.$Shape} VideoParams
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): framefleet.v1.VideoParams & framefleet.v1.VideoParams.$Shape;

            /**
             * Verifies a VideoParams message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a VideoParams message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns VideoParams
             */
            static fromObject(object: { [k: string]: any }): framefleet.v1.VideoParams;

            /**
             * Creates a plain object from a VideoParams message. Also converts values to other types if specified.
             * @param message VideoParams
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: framefleet.v1.VideoParams, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this VideoParams to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for VideoParams
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace VideoParams {

            /** Properties of a VideoParams. */
            interface $Properties {

                /** VideoParams frames */
                frames?: (number|null);

                /** VideoParams fps */
                fps?: (number|null);

                /** VideoParams width */
                width?: (number|null);

                /** VideoParams height */
                height?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a VideoParams. */
            type $Shape = framefleet.v1.VideoParams.$Properties;
        }

        /** TaskKind enum. */
        enum TaskKind {

            /** TASK_KIND_UNSPECIFIED value */
            TASK_KIND_UNSPECIFIED = 0,

            /** TASK_KIND_GEN value */
            TASK_KIND_GEN = 1,

            /** TASK_KIND_EVAL value */
            TASK_KIND_EVAL = 2
        }

        /**
         * Properties of a TaskError.
         * @deprecated Use framefleet.v1.TaskError.$Properties instead.
         */
        interface ITaskError extends framefleet.v1.TaskError.$Properties {
        }

        /** Represents a TaskError. */
        class TaskError {

            /**
             * Constructs a new TaskError.
             * @param [properties] Properties to set
             */
            constructor(properties?: framefleet.v1.TaskError.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TaskError code. */
            code: string;

            /** TaskError message. */
            message: string;

            /** TaskError node. */
            node: string;

            /** TaskError deviceUuid. */
            deviceUuid: string;

            /** TaskError attempt. */
            attempt: number;

            /** TaskError atMs. */
            atMs: number;

            /** TaskError handbackReason. */
            handbackReason: framefleet.v1.HandbackReason;

            /**
             * Creates a new TaskError instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TaskError instance
             */
            static create(properties: framefleet.v1.TaskError.$Shape): framefleet.v1.TaskError & framefleet.v1.TaskError.$Shape;
            static create(properties?: framefleet.v1.TaskError.$Properties): framefleet.v1.TaskError;

            /**
             * Encodes the specified TaskError message. Does not implicitly {@link framefleet.v1.TaskError.verify|verify} messages.
             * @param message TaskError message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: framefleet.v1.TaskError.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified TaskError message, length delimited. Does not implicitly {@link framefleet.v1.TaskError.verify|verify} messages.
             * @param message TaskError message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: framefleet.v1.TaskError.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TaskError message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {framefleet.v1.TaskError & framefleet.v1.TaskError.$Shape} TaskError
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): framefleet.v1.TaskError & framefleet.v1.TaskError.$Shape;

            /**
             * Decodes a TaskError message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {framefleet.v1.TaskError & framefleet.v1.TaskError.$Shape} TaskError
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): framefleet.v1.TaskError & framefleet.v1.TaskError.$Shape;

            /**
             * Verifies a TaskError message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a TaskError message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TaskError
             */
            static fromObject(object: { [k: string]: any }): framefleet.v1.TaskError;

            /**
             * Creates a plain object from a TaskError message. Also converts values to other types if specified.
             * @param message TaskError
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: framefleet.v1.TaskError, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TaskError to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for TaskError
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace TaskError {

            /** Properties of a TaskError. */
            interface $Properties {

                /** TaskError code */
                code?: (string|null);

                /** TaskError message */
                message?: (string|null);

                /** TaskError node */
                node?: (string|null);

                /** TaskError deviceUuid */
                deviceUuid?: (string|null);

                /** TaskError attempt */
                attempt?: (number|null);

                /** TaskError atMs */
                atMs?: (number|null);

                /** TaskError handbackReason */
                handbackReason?: (framefleet.v1.HandbackReason|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TaskError. */
            type $Shape = framefleet.v1.TaskError.$Properties;
        }

        /** HandbackReason enum. */
        enum HandbackReason {

            /** HANDBACK_REASON_UNSPECIFIED value */
            HANDBACK_REASON_UNSPECIFIED = 0,

            /** HANDBACK_REASON_DRAIN_DEADLINE value */
            HANDBACK_REASON_DRAIN_DEADLINE = 1,

            /** HANDBACK_REASON_PREEMPTED value */
            HANDBACK_REASON_PREEMPTED = 3,

            /** HANDBACK_REASON_OUT_OF_MEMORY value */
            HANDBACK_REASON_OUT_OF_MEMORY = 4,

            /** HANDBACK_REASON_DISK_FULL value */
            HANDBACK_REASON_DISK_FULL = 5,

            /** HANDBACK_REASON_INFRASTRUCTURE value */
            HANDBACK_REASON_INFRASTRUCTURE = 6
        }

        /**
         * Properties of an OutputFile.
         * @deprecated Use framefleet.v1.OutputFile.$Properties instead.
         */
        interface IOutputFile extends framefleet.v1.OutputFile.$Properties {
        }

        /** Represents an OutputFile. */
        class OutputFile {

            /**
             * Constructs a new OutputFile.
             * @param [properties] Properties to set
             */
            constructor(properties?: framefleet.v1.OutputFile.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** OutputFile path. */
            path: string;

            /** OutputFile sha256. */
            sha256: string;

            /** OutputFile sizeBytes. */
            sizeBytes: number;

            /** OutputFile video. */
            video?: (framefleet.v1.VideoParams|null);

            /** OutputFile durationS. */
            durationS: number;

            /** OutputFile posterPath. */
            posterPath: string;

            /**
             * Creates a new OutputFile instance using the specified properties.
             * @param [properties] Properties to set
             * @returns OutputFile instance
             */
            static create(properties: framefleet.v1.OutputFile.$Shape): framefleet.v1.OutputFile & framefleet.v1.OutputFile.$Shape;
            static create(properties?: framefleet.v1.OutputFile.$Properties): framefleet.v1.OutputFile;

            /**
             * Encodes the specified OutputFile message. Does not implicitly {@link framefleet.v1.OutputFile.verify|verify} messages.
             * @param message OutputFile message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: framefleet.v1.OutputFile.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified OutputFile message, length delimited. Does not implicitly {@link framefleet.v1.OutputFile.verify|verify} messages.
             * @param message OutputFile message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: framefleet.v1.OutputFile.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an OutputFile message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {framefleet.v1.OutputFile & framefleet.v1.OutputFile.$Shape} OutputFile
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): framefleet.v1.OutputFile & framefleet.v1.OutputFile.$Shape;

            /**
             * Decodes an OutputFile message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {framefleet.v1.OutputFile & framefleet.v1.OutputFile.$Shape} OutputFile
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): framefleet.v1.OutputFile & framefleet.v1.OutputFile.$Shape;

            /**
             * Verifies an OutputFile message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an OutputFile message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns OutputFile
             */
            static fromObject(object: { [k: string]: any }): framefleet.v1.OutputFile;

            /**
             * Creates a plain object from an OutputFile message. Also converts values to other types if specified.
             * @param message OutputFile
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: framefleet.v1.OutputFile, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this OutputFile to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for OutputFile
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace OutputFile {

            /** Properties of an OutputFile. */
            interface $Properties {

                /** OutputFile path */
                path?: (string|null);

                /** OutputFile sha256 */
                sha256?: (string|null);

                /** OutputFile sizeBytes */
                sizeBytes?: (number|null);

                /** OutputFile video */
                video?: (framefleet.v1.VideoParams.$Properties|null);

                /** OutputFile durationS */
                durationS?: (number|null);

                /** OutputFile posterPath */
                posterPath?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an OutputFile. */
            type $Shape = framefleet.v1.OutputFile.$Properties;
        }

        /**
         * Properties of an OutputCommit.
         * @deprecated Use framefleet.v1.OutputCommit.$Properties instead.
         */
        interface IOutputCommit extends framefleet.v1.OutputCommit.$Properties {
        }

        /** Represents an OutputCommit. */
        class OutputCommit {

            /**
             * Constructs a new OutputCommit.
             * @param [properties] Properties to set
             */
            constructor(properties?: framefleet.v1.OutputCommit.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** OutputCommit taskId. */
            taskId: string;

            /** OutputCommit runId. */
            runId: string;

            /** OutputCommit attempt. */
            attempt: number;

            /** OutputCommit output. */
            output?: (framefleet.v1.OutputFile|null);

            /** OutputCommit tmpPath. */
            tmpPath: string;

            /** OutputCommit node. */
            node: string;

            /** OutputCommit deviceUuid. */
            deviceUuid: string;

            /** OutputCommit committedAtMs. */
            committedAtMs: number;

            /**
             * Creates a new OutputCommit instance using the specified properties.
             * @param [properties] Properties to set
             * @returns OutputCommit instance
             */
            static create(properties: framefleet.v1.OutputCommit.$Shape): framefleet.v1.OutputCommit & framefleet.v1.OutputCommit.$Shape;
            static create(properties?: framefleet.v1.OutputCommit.$Properties): framefleet.v1.OutputCommit;

            /**
             * Encodes the specified OutputCommit message. Does not implicitly {@link framefleet.v1.OutputCommit.verify|verify} messages.
             * @param message OutputCommit message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: framefleet.v1.OutputCommit.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified OutputCommit message, length delimited. Does not implicitly {@link framefleet.v1.OutputCommit.verify|verify} messages.
             * @param message OutputCommit message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: framefleet.v1.OutputCommit.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an OutputCommit message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {framefleet.v1.OutputCommit & framefleet.v1.OutputCommit.$Shape} OutputCommit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): framefleet.v1.OutputCommit & framefleet.v1.OutputCommit.$Shape;

            /**
             * Decodes an OutputCommit message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {framefleet.v1.OutputCommit & framefleet.v1.OutputCommit.$Shape} OutputCommit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): framefleet.v1.OutputCommit & framefleet.v1.OutputCommit.$Shape;

            /**
             * Verifies an OutputCommit message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an OutputCommit message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns OutputCommit
             */
            static fromObject(object: { [k: string]: any }): framefleet.v1.OutputCommit;

            /**
             * Creates a plain object from an OutputCommit message. Also converts values to other types if specified.
             * @param message OutputCommit
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: framefleet.v1.OutputCommit, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this OutputCommit to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for OutputCommit
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace OutputCommit {

            /** Properties of an OutputCommit. */
            interface $Properties {

                /** OutputCommit taskId */
                taskId?: (string|null);

                /** OutputCommit runId */
                runId?: (string|null);

                /** OutputCommit attempt */
                attempt?: (number|null);

                /** OutputCommit output */
                output?: (framefleet.v1.OutputFile.$Properties|null);

                /** OutputCommit tmpPath */
                tmpPath?: (string|null);

                /** OutputCommit node */
                node?: (string|null);

                /** OutputCommit deviceUuid */
                deviceUuid?: (string|null);

                /** OutputCommit committedAtMs */
                committedAtMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an OutputCommit. */
            type $Shape = framefleet.v1.OutputCommit.$Properties;
        }

        /**
         * Properties of a TaskAttempts.
         * @deprecated Use framefleet.v1.TaskAttempts.$Properties instead.
         */
        interface ITaskAttempts extends framefleet.v1.TaskAttempts.$Properties {
        }

        /** Represents a TaskAttempts. */
        class TaskAttempts {

            /**
             * Constructs a new TaskAttempts.
             * @param [properties] Properties to set
             */
            constructor(properties?: framefleet.v1.TaskAttempts.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TaskAttempts taskId. */
            taskId: string;

            /** TaskAttempts failures. */
            failures: framefleet.v1.TaskError[];

            /** TaskAttempts handbacks. */
            handbacks: framefleet.v1.TaskError[];

            /**
             * Creates a new TaskAttempts instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TaskAttempts instance
             */
            static create(properties: framefleet.v1.TaskAttempts.$Shape): framefleet.v1.TaskAttempts & framefleet.v1.TaskAttempts.$Shape;
            static create(properties?: framefleet.v1.TaskAttempts.$Properties): framefleet.v1.TaskAttempts;

            /**
             * Encodes the specified TaskAttempts message. Does not implicitly {@link framefleet.v1.TaskAttempts.verify|verify} messages.
             * @param message TaskAttempts message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: framefleet.v1.TaskAttempts.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified TaskAttempts message, length delimited. Does not implicitly {@link framefleet.v1.TaskAttempts.verify|verify} messages.
             * @param message TaskAttempts message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: framefleet.v1.TaskAttempts.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TaskAttempts message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {framefleet.v1.TaskAttempts & framefleet.v1.TaskAttempts.$Shape} TaskAttempts
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): framefleet.v1.TaskAttempts & framefleet.v1.TaskAttempts.$Shape;

            /**
             * Decodes a TaskAttempts message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {framefleet.v1.TaskAttempts & framefleet.v1.TaskAttempts.$Shape} TaskAttempts
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): framefleet.v1.TaskAttempts & framefleet.v1.TaskAttempts.$Shape;

            /**
             * Verifies a TaskAttempts message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a TaskAttempts message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TaskAttempts
             */
            static fromObject(object: { [k: string]: any }): framefleet.v1.TaskAttempts;

            /**
             * Creates a plain object from a TaskAttempts message. Also converts values to other types if specified.
             * @param message TaskAttempts
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: framefleet.v1.TaskAttempts, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TaskAttempts to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for TaskAttempts
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace TaskAttempts {

            /** Properties of a TaskAttempts. */
            interface $Properties {

                /** TaskAttempts taskId */
                taskId?: (string|null);

                /** TaskAttempts failures */
                failures?: (framefleet.v1.TaskError.$Properties[]|null);

                /** TaskAttempts handbacks */
                handbacks?: (framefleet.v1.TaskError.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TaskAttempts. */
            type $Shape = framefleet.v1.TaskAttempts.$Properties;
        }

        /**
         * Properties of a BackendLoad.
         * @deprecated Use framefleet.v1.BackendLoad.$Properties instead.
         */
        interface IBackendLoad extends framefleet.v1.BackendLoad.$Properties {
        }

        /** Represents a BackendLoad. */
        class BackendLoad {

            /**
             * Constructs a new BackendLoad.
             * @param [properties] Properties to set
             */
            constructor(properties?: framefleet.v1.BackendLoad.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BackendLoad node. */
            node: string;

            /** BackendLoad deviceUuid. */
            deviceUuid: string;

            /** BackendLoad backend. */
            backend: string;

            /** BackendLoad attempt. */
            attempt: number;

            /** BackendLoad loadMs. */
            loadMs: number;

            /** BackendLoad kind. */
            kind: framefleet.v1.TaskKind;

            /**
             * Creates a new BackendLoad instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BackendLoad instance
             */
            static create(properties: framefleet.v1.BackendLoad.$Shape): framefleet.v1.BackendLoad & framefleet.v1.BackendLoad.$Shape;
            static create(properties?: framefleet.v1.BackendLoad.$Properties): framefleet.v1.BackendLoad;

            /**
             * Encodes the specified BackendLoad message. Does not implicitly {@link framefleet.v1.BackendLoad.verify|verify} messages.
             * @param message BackendLoad message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: framefleet.v1.BackendLoad.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified BackendLoad message, length delimited. Does not implicitly {@link framefleet.v1.BackendLoad.verify|verify} messages.
             * @param message BackendLoad message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: framefleet.v1.BackendLoad.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BackendLoad message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {framefleet.v1.BackendLoad & framefleet.v1.BackendLoad.$Shape} BackendLoad
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): framefleet.v1.BackendLoad & framefleet.v1.BackendLoad.$Shape;

            /**
             * Decodes a BackendLoad message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {framefleet.v1.BackendLoad & framefleet.v1.BackendLoad.$Shape} BackendLoad
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): framefleet.v1.BackendLoad & framefleet.v1.BackendLoad.$Shape;

            /**
             * Verifies a BackendLoad message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a BackendLoad message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns BackendLoad
             */
            static fromObject(object: { [k: string]: any }): framefleet.v1.BackendLoad;

            /**
             * Creates a plain object from a BackendLoad message. Also converts values to other types if specified.
             * @param message BackendLoad
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: framefleet.v1.BackendLoad, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this BackendLoad to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for BackendLoad
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace BackendLoad {

            /** Properties of a BackendLoad. */
            interface $Properties {

                /** BackendLoad node */
                node?: (string|null);

                /** BackendLoad deviceUuid */
                deviceUuid?: (string|null);

                /** BackendLoad backend */
                backend?: (string|null);

                /** BackendLoad attempt */
                attempt?: (number|null);

                /** BackendLoad loadMs */
                loadMs?: (number|null);

                /** BackendLoad kind */
                kind?: (framefleet.v1.TaskKind|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BackendLoad. */
            type $Shape = framefleet.v1.BackendLoad.$Properties;
        }

        /**
         * Properties of a SubmitRunRequest.
         * @deprecated Use framefleet.v1.SubmitRunRequest.$Properties instead.
         */
        interface ISubmitRunRequest extends framefleet.v1.SubmitRunRequest.$Properties {
        }

        /** Represents a SubmitRunRequest. */
        class SubmitRunRequest {

            /**
             * Constructs a new SubmitRunRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: framefleet.v1.SubmitRunRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SubmitRunRequest specYaml. */
            specYaml: string;

            /** SubmitRunRequest baseDir. */
            baseDir: string;

            /** SubmitRunRequest specSource. */
            specSource: string;

            /** SubmitRunRequest resumeRunId. */
            resumeRunId: string;

            /** SubmitRunRequest failedOnly. */
            failedOnly: boolean;

            /** SubmitRunRequest requireNodes. */
            requireNodes: boolean;

            /** SubmitRunRequest owner. */
            owner: string;

            /** SubmitRunRequest team. */
            team: string;

            /**
             * Creates a new SubmitRunRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SubmitRunRequest instance
             */
            static create(properties: framefleet.v1.SubmitRunRequest.$Shape): framefleet.v1.SubmitRunRequest & framefleet.v1.SubmitRunRequest.$Shape;
            static create(properties?: framefleet.v1.SubmitRunRequest.$Properties): framefleet.v1.SubmitRunRequest;

            /**
             * Encodes the specified SubmitRunRequest message. Does not implicitly {@link framefleet.v1.SubmitRunRequest.verify|verify} messages.
             * @param message SubmitRunRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: framefleet.v1.SubmitRunRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SubmitRunRequest message, length delimited. Does not implicitly {@link framefleet.v1.SubmitRunRequest.verify|verify} messages.
             * @param message SubmitRunRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: framefleet.v1.SubmitRunRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SubmitRunRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {framefleet.v1.SubmitRunRequest & framefleet.v1.SubmitRunRequest.$Shape} SubmitRunRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): framefleet.v1.SubmitRunRequest & framefleet.v1.SubmitRunRequest.$Shape;

            /**
             * Decodes a SubmitRunRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {framefleet.v1.SubmitRunRequest & framefleet.v1.SubmitRunRequest.$Shape} SubmitRunRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): framefleet.v1.SubmitRunRequest & framefleet.v1.SubmitRunRequest.$Shape;

            /**
             * Verifies a SubmitRunRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SubmitRunRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SubmitRunRequest
             */
            static fromObject(object: { [k: string]: any }): framefleet.v1.SubmitRunRequest;

            /**
             * Creates a plain object from a SubmitRunRequest message. Also converts values to other types if specified.
             * @param message SubmitRunRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: framefleet.v1.SubmitRunRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SubmitRunRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SubmitRunRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SubmitRunRequest {

            /** Properties of a SubmitRunRequest. */
            interface $Properties {

                /** SubmitRunRequest specYaml */
                specYaml?: (string|null);

                /** SubmitRunRequest baseDir */
                baseDir?: (string|null);

                /** SubmitRunRequest specSource */
                specSource?: (string|null);

                /** SubmitRunRequest resumeRunId */
                resumeRunId?: (string|null);

                /** SubmitRunRequest failedOnly */
                failedOnly?: (boolean|null);

                /** SubmitRunRequest requireNodes */
                requireNodes?: (boolean|null);

                /** SubmitRunRequest owner */
                owner?: (string|null);

                /** SubmitRunRequest team */
                team?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SubmitRunRequest. */
            type $Shape = framefleet.v1.SubmitRunRequest.$Properties;
        }

        /**
         * Properties of a SubmitRunResponse.
         * @deprecated Use framefleet.v1.SubmitRunResponse.$Properties instead.
         */
        interface ISubmitRunResponse extends framefleet.v1.SubmitRunResponse.$Properties {
        }

        /** Represents a SubmitRunResponse. */
        class SubmitRunResponse {

            /**
             * Constructs a new SubmitRunResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: framefleet.v1.SubmitRunResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SubmitRunResponse runId. */
            runId: string;

            /** SubmitRunResponse tasks. */
            tasks: number;

            /** SubmitRunResponse outputDir. */
            outputDir: string;

            /** SubmitRunResponse disposition. */
            disposition: string;

            /** SubmitRunResponse requeued. */
            requeued: number;

            /** SubmitRunResponse reused. */
            reused: number;

            /** SubmitRunResponse warnings. */
            warnings: string[];

            /**
             * Creates a new SubmitRunResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SubmitRunResponse instance
             */
            static create(properties: framefleet.v1.SubmitRunResponse.$Shape): framefleet.v1.SubmitRunResponse & framefleet.v1.SubmitRunResponse.$Shape;
            static create(properties?: framefleet.v1.SubmitRunResponse.$Properties): framefleet.v1.SubmitRunResponse;

            /**
             * Encodes the specified SubmitRunResponse message. Does not implicitly {@link framefleet.v1.SubmitRunResponse.verify|verify} messages.
             * @param message SubmitRunResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: framefleet.v1.SubmitRunResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SubmitRunResponse message, length delimited. Does not implicitly {@link framefleet.v1.SubmitRunResponse.verify|verify} messages.
             * @param message SubmitRunResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: framefleet.v1.SubmitRunResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SubmitRunResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {framefleet.v1.SubmitRunResponse & framefleet.v1.SubmitRunResponse.$Shape} SubmitRunResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): framefleet.v1.SubmitRunResponse & framefleet.v1.SubmitRunResponse.$Shape;

            /**
             * Decodes a SubmitRunResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {framefleet.v1.SubmitRunResponse & framefleet.v1.SubmitRunResponse.$Shape} SubmitRunResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): framefleet.v1.SubmitRunResponse & framefleet.v1.SubmitRunResponse.$Shape;

            /**
             * Verifies a SubmitRunResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SubmitRunResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SubmitRunResponse
             */
            static fromObject(object: { [k: string]: any }): framefleet.v1.SubmitRunResponse;

            /**
             * Creates a plain object from a SubmitRunResponse message. Also converts values to other types if specified.
             * @param message SubmitRunResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: framefleet.v1.SubmitRunResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SubmitRunResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SubmitRunResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SubmitRunResponse {

            /** Properties of a SubmitRunResponse. */
            interface $Properties {

                /** SubmitRunResponse runId */
                runId?: (string|null);

                /** SubmitRunResponse tasks */
                tasks?: (number|null);

                /** SubmitRunResponse outputDir */
                outputDir?: (string|null);

                /** SubmitRunResponse disposition */
                disposition?: (string|null);

                /** SubmitRunResponse requeued */
                requeued?: (number|null);

                /** SubmitRunResponse reused */
                reused?: (number|null);

                /** SubmitRunResponse warnings */
                warnings?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SubmitRunResponse. */
            type $Shape = framefleet.v1.SubmitRunResponse.$Properties;
        }

        /**
         * Properties of a GetRunRequest.
         * @deprecated Use framefleet.v1.GetRunRequest.$Properties instead.
         */
        interface IGetRunRequest extends framefleet.v1.GetRunRequest.$Properties {
        }

        /** Represents a GetRunRequest. */
        class GetRunRequest {

            /**
             * Constructs a new GetRunRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: framefleet.v1.GetRunRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GetRunRequest runId. */
            runId: string;

            /**
             * Creates a new GetRunRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GetRunRequest instance
             */
            static create(properties: framefleet.v1.GetRunRequest.$Shape): framefleet.v1.GetRunRequest & framefleet.v1.GetRunRequest.$Shape;
            static create(properties?: framefleet.v1.GetRunRequest.$Properties): framefleet.v1.GetRunRequest;

            /**
             * Encodes the specified GetRunRequest message. Does not implicitly {@link framefleet.v1.GetRunRequest.verify|verify} messages.
             * @param message GetRunRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: framefleet.v1.GetRunRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified GetRunRequest message, length delimited. Does not implicitly {@link framefleet.v1.GetRunRequest.verify|verify} messages.
             * @param message GetRunRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: framefleet.v1.GetRunRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GetRunRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {framefleet.v1.GetRunRequest & framefleet.v1.GetRunRequest.$Shape} GetRunRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): framefleet.v1.GetRunRequest & framefleet.v1.GetRunRequest.$Shape;

            /**
             * Decodes a GetRunRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {framefleet.v1.GetRunRequest & framefleet.v1.GetRunRequest.$Shape} GetRunRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): framefleet.v1.GetRunRequest & framefleet.v1.GetRunRequest.$Shape;

            /**
             * Verifies a GetRunRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GetRunRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GetRunRequest
             */
            static fromObject(object: { [k: string]: any }): framefleet.v1.GetRunRequest;

            /**
             * Creates a plain object from a GetRunRequest message. Also converts values to other types if specified.
             * @param message GetRunRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: framefleet.v1.GetRunRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GetRunRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GetRunRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GetRunRequest {

            /** Properties of a GetRunRequest. */
            interface $Properties {

                /** GetRunRequest runId */
                runId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GetRunRequest. */
            type $Shape = framefleet.v1.GetRunRequest.$Properties;
        }

        /**
         * Properties of a RunningTask.
         * @deprecated Use framefleet.v1.RunningTask.$Properties instead.
         */
        interface IRunningTask extends framefleet.v1.RunningTask.$Properties {
        }

        /** Represents a RunningTask. */
        class RunningTask {

            /**
             * Constructs a new RunningTask.
             * @param [properties] Properties to set
             */
            constructor(properties?: framefleet.v1.RunningTask.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RunningTask taskId. */
            taskId: string;

            /** RunningTask itemKey. */
            itemKey: string;

            /** RunningTask node. */
            node: string;

            /** RunningTask deviceUuid. */
            deviceUuid: string;

            /** RunningTask startedAtMs. */
            startedAtMs: number;

            /** RunningTask kind. */
            kind: framefleet.v1.TaskKind;

            /** RunningTask progress. */
            progress: number;

            /** RunningTask stage. */
            stage: string;

            /**
             * Creates a new RunningTask instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RunningTask instance
             */
            static create(properties: framefleet.v1.RunningTask.$Shape): framefleet.v1.RunningTask & framefleet.v1.RunningTask.$Shape;
            static create(properties?: framefleet.v1.RunningTask.$Properties): framefleet.v1.RunningTask;

            /**
             * Encodes the specified RunningTask message. Does not implicitly {@link framefleet.v1.RunningTask.verify|verify} messages.
             * @param message RunningTask message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: framefleet.v1.RunningTask.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified RunningTask message, length delimited. Does not implicitly {@link framefleet.v1.RunningTask.verify|verify} messages.
             * @param message RunningTask message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: framefleet.v1.RunningTask.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RunningTask message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {framefleet.v1.RunningTask & framefleet.v1.RunningTask.$Shape} RunningTask
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): framefleet.v1.RunningTask & framefleet.v1.RunningTask.$Shape;

            /**
             * Decodes a RunningTask message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {framefleet.v1.RunningTask & framefleet.v1.RunningTask.$Shape} RunningTask
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): framefleet.v1.RunningTask & framefleet.v1.RunningTask.$Shape;

            /**
             * Verifies a RunningTask message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RunningTask message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RunningTask
             */
            static fromObject(object: { [k: string]: any }): framefleet.v1.RunningTask;

            /**
             * Creates a plain object from a RunningTask message. Also converts values to other types if specified.
             * @param message RunningTask
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: framefleet.v1.RunningTask, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RunningTask to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RunningTask
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RunningTask {

            /** Properties of a RunningTask. */
            interface $Properties {

                /** RunningTask taskId */
                taskId?: (string|null);

                /** RunningTask itemKey */
                itemKey?: (string|null);

                /** RunningTask node */
                node?: (string|null);

                /** RunningTask deviceUuid */
                deviceUuid?: (string|null);

                /** RunningTask startedAtMs */
                startedAtMs?: (number|null);

                /** RunningTask kind */
                kind?: (framefleet.v1.TaskKind|null);

                /** RunningTask progress */
                progress?: (number|null);

                /** RunningTask stage */
                stage?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RunningTask. */
            type $Shape = framefleet.v1.RunningTask.$Properties;
        }

        /**
         * Properties of a RunStatus.
         * @deprecated Use framefleet.v1.RunStatus.$Properties instead.
         */
        interface IRunStatus extends framefleet.v1.RunStatus.$Properties {
        }

        /** Represents a RunStatus. */
        class RunStatus {

            /**
             * Constructs a new RunStatus.
             * @param [properties] Properties to set
             */
            constructor(properties?: framefleet.v1.RunStatus.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RunStatus run. */
            run?: (framefleet.v1.RunRecord|null);

            /** RunStatus etaS. */
            etaS: number;

            /** RunStatus videosPerHour. */
            videosPerHour: number;

            /** RunStatus running. */
            running: framefleet.v1.RunningTask[];

            /** RunStatus failures. */
            failures: framefleet.v1.FailedItem[];

            /** RunStatus stuck. */
            stuck: framefleet.v1.StuckQueue[];

            /** RunStatus etaBottleneck. */
            etaBottleneck: string;

            /** RunStatus admitted. */
            admitted: number;

            /** RunStatus devicesInUse. */
            devicesInUse: number;

            /** RunStatus fairShare. */
            fairShare: number;

            /** RunStatus waitingReason. */
            waitingReason: string;

            /** RunStatus waiting. */
            waiting: number;

            /**
             * Creates a new RunStatus instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RunStatus instance
             */
            static create(properties: framefleet.v1.RunStatus.$Shape): framefleet.v1.RunStatus & framefleet.v1.RunStatus.$Shape;
            static create(properties?: framefleet.v1.RunStatus.$Properties): framefleet.v1.RunStatus;

            /**
             * Encodes the specified RunStatus message. Does not implicitly {@link framefleet.v1.RunStatus.verify|verify} messages.
             * @param message RunStatus message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: framefleet.v1.RunStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified RunStatus message, length delimited. Does not implicitly {@link framefleet.v1.RunStatus.verify|verify} messages.
             * @param message RunStatus message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: framefleet.v1.RunStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RunStatus message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {framefleet.v1.RunStatus & framefleet.v1.RunStatus.$Shape} RunStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): framefleet.v1.RunStatus & framefleet.v1.RunStatus.$Shape;

            /**
             * Decodes a RunStatus message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {framefleet.v1.RunStatus & framefleet.v1.RunStatus.$Shape} RunStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): framefleet.v1.RunStatus & framefleet.v1.RunStatus.$Shape;

            /**
             * Verifies a RunStatus message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RunStatus message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RunStatus
             */
            static fromObject(object: { [k: string]: any }): framefleet.v1.RunStatus;

            /**
             * Creates a plain object from a RunStatus message. Also converts values to other types if specified.
             * @param message RunStatus
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: framefleet.v1.RunStatus, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RunStatus to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RunStatus
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RunStatus {

            /** Properties of a RunStatus. */
            interface $Properties {

                /** RunStatus run */
                run?: (framefleet.v1.RunRecord.$Properties|null);

                /** RunStatus etaS */
                etaS?: (number|null);

                /** RunStatus videosPerHour */
                videosPerHour?: (number|null);

                /** RunStatus running */
                running?: (framefleet.v1.RunningTask.$Properties[]|null);

                /** RunStatus failures */
                failures?: (framefleet.v1.FailedItem.$Properties[]|null);

                /** RunStatus stuck */
                stuck?: (framefleet.v1.StuckQueue.$Properties[]|null);

                /** RunStatus etaBottleneck */
                etaBottleneck?: (string|null);

                /** RunStatus admitted */
                admitted?: (number|null);

                /** RunStatus devicesInUse */
                devicesInUse?: (number|null);

                /** RunStatus fairShare */
                fairShare?: (number|null);

                /** RunStatus waitingReason */
                waitingReason?: (string|null);

                /** RunStatus waiting */
                waiting?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RunStatus. */
            type $Shape = framefleet.v1.RunStatus.$Properties;
        }

        /**
         * Properties of a StuckQueue.
         * @deprecated Use framefleet.v1.StuckQueue.$Properties instead.
         */
        interface IStuckQueue extends framefleet.v1.StuckQueue.$Properties {
        }

        /** Represents a StuckQueue. */
        class StuckQueue {

            /**
             * Constructs a new StuckQueue.
             * @param [properties] Properties to set
             */
            constructor(properties?: framefleet.v1.StuckQueue.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StuckQueue kind. */
            kind: framefleet.v1.TaskKind;

            /** StuckQueue backend. */
            backend: string;

            /** StuckQueue queued. */
            queued: number;

            /** StuckQueue stuckS. */
            stuckS: number;

            /** StuckQueue message. */
            message: string;

            /**
             * Creates a new StuckQueue instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StuckQueue instance
             */
            static create(properties: framefleet.v1.StuckQueue.$Shape): framefleet.v1.StuckQueue & framefleet.v1.StuckQueue.$Shape;
            static create(properties?: framefleet.v1.StuckQueue.$Properties): framefleet.v1.StuckQueue;

            /**
             * Encodes the specified StuckQueue message. Does not implicitly {@link framefleet.v1.StuckQueue.verify|verify} messages.
             * @param message StuckQueue message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: framefleet.v1.StuckQueue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified StuckQueue message, length delimited. Does not implicitly {@link framefleet.v1.StuckQueue.verify|verify} messages.
             * @param message StuckQueue message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: framefleet.v1.StuckQueue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StuckQueue message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {framefleet.v1.StuckQueue & framefleet.v1.StuckQueue.$Shape} StuckQueue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): framefleet.v1.StuckQueue & framefleet.v1.StuckQueue.$Shape;

            /**
             * Decodes a StuckQueue message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {framefleet.v1.StuckQueue & framefleet.v1.StuckQueue.$Shape} StuckQueue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): framefleet.v1.StuckQueue & framefleet.v1.StuckQueue.$Shape;

            /**
             * Verifies a StuckQueue message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a StuckQueue message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns StuckQueue
             */
            static fromObject(object: { [k: string]: any }): framefleet.v1.StuckQueue;

            /**
             * Creates a plain object from a StuckQueue message. Also converts values to other types if specified.
             * @param message StuckQueue
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: framefleet.v1.StuckQueue, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this StuckQueue to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for StuckQueue
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace StuckQueue {

            /** Properties of a StuckQueue. */
            interface $Properties {

                /** StuckQueue kind */
                kind?: (framefleet.v1.TaskKind|null);

                /** StuckQueue backend */
                backend?: (string|null);

                /** StuckQueue queued */
                queued?: (number|null);

                /** StuckQueue stuckS */
                stuckS?: (number|null);

                /** StuckQueue message */
                message?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StuckQueue. */
            type $Shape = framefleet.v1.StuckQueue.$Properties;
        }

        /**
         * Properties of a FailedItem.
         * @deprecated Use framefleet.v1.FailedItem.$Properties instead.
         */
        interface IFailedItem extends framefleet.v1.FailedItem.$Properties {
        }

        /** Represents a FailedItem. */
        class FailedItem {

            /**
             * Constructs a new FailedItem.
             * @param [properties] Properties to set
             */
            constructor(properties?: framefleet.v1.FailedItem.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FailedItem taskId. */
            taskId: string;

            /** FailedItem itemKey. */
            itemKey: string;

            /** FailedItem error. */
            error: string;

            /**
             * Creates a new FailedItem instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FailedItem instance
             */
            static create(properties: framefleet.v1.FailedItem.$Shape): framefleet.v1.FailedItem & framefleet.v1.FailedItem.$Shape;
            static create(properties?: framefleet.v1.FailedItem.$Properties): framefleet.v1.FailedItem;

            /**
             * Encodes the specified FailedItem message. Does not implicitly {@link framefleet.v1.FailedItem.verify|verify} messages.
             * @param message FailedItem message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: framefleet.v1.FailedItem.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified FailedItem message, length delimited. Does not implicitly {@link framefleet.v1.FailedItem.verify|verify} messages.
             * @param message FailedItem message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: framefleet.v1.FailedItem.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FailedItem message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {framefleet.v1.FailedItem & framefleet.v1.FailedItem.$Shape} FailedItem
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): framefleet.v1.FailedItem & framefleet.v1.FailedItem.$Shape;

            /**
             * Decodes a FailedItem message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {framefleet.v1.FailedItem & framefleet.v1.FailedItem.$Shape} FailedItem
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): framefleet.v1.FailedItem & framefleet.v1.FailedItem.$Shape;

            /**
             * Verifies a FailedItem message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a FailedItem message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns FailedItem
             */
            static fromObject(object: { [k: string]: any }): framefleet.v1.FailedItem;

            /**
             * Creates a plain object from a FailedItem message. Also converts values to other types if specified.
             * @param message FailedItem
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: framefleet.v1.FailedItem, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this FailedItem to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for FailedItem
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace FailedItem {

            /** Properties of a FailedItem. */
            interface $Properties {

                /** FailedItem taskId */
                taskId?: (string|null);

                /** FailedItem itemKey */
                itemKey?: (string|null);

                /** FailedItem error */
                error?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FailedItem. */
            type $Shape = framefleet.v1.FailedItem.$Properties;
        }

        /**
         * Properties of a ListRunsRequest.
         * @deprecated Use framefleet.v1.ListRunsRequest.$Properties instead.
         */
        interface IListRunsRequest extends framefleet.v1.ListRunsRequest.$Properties {
        }

        /** Represents a ListRunsRequest. */
        class ListRunsRequest {

            /**
             * Constructs a new ListRunsRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: framefleet.v1.ListRunsRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new ListRunsRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListRunsRequest instance
             */
            static create(properties: framefleet.v1.ListRunsRequest.$Shape): framefleet.v1.ListRunsRequest & framefleet.v1.ListRunsRequest.$Shape;
            static create(properties?: framefleet.v1.ListRunsRequest.$Properties): framefleet.v1.ListRunsRequest;

            /**
             * Encodes the specified ListRunsRequest message. Does not implicitly {@link framefleet.v1.ListRunsRequest.verify|verify} messages.
             * @param message ListRunsRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: framefleet.v1.ListRunsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ListRunsRequest message, length delimited. Does not implicitly {@link framefleet.v1.ListRunsRequest.verify|verify} messages.
             * @param message ListRunsRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: framefleet.v1.ListRunsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListRunsRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {framefleet.v1.ListRunsRequest & framefleet.v1.ListRunsRequest.$Shape} ListRunsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): framefleet.v1.ListRunsRequest & framefleet.v1.ListRunsRequest.$Shape;

            /**
             * Decodes a ListRunsRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {framefleet.v1.ListRunsRequest & framefleet.v1.ListRunsRequest.$Shape} ListRunsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): framefleet.v1.ListRunsRequest & framefleet.v1.ListRunsRequest.$Shape;

            /**
             * Verifies a ListRunsRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ListRunsRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ListRunsRequest
             */
            static fromObject(object: { [k: string]: any }): framefleet.v1.ListRunsRequest;

            /**
             * Creates a plain object from a ListRunsRequest message. Also converts values to other types if specified.
             * @param message ListRunsRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: framefleet.v1.ListRunsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ListRunsRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ListRunsRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListRunsRequest {

            /** Properties of a ListRunsRequest. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ListRunsRequest. */
            type $Shape = framefleet.v1.ListRunsRequest.$Properties;
        }

        /**
         * Properties of a ListRunsResponse.
         * @deprecated Use framefleet.v1.ListRunsResponse.$Properties instead.
         */
        interface IListRunsResponse extends framefleet.v1.ListRunsResponse.$Properties {
        }

        /** Represents a ListRunsResponse. */
        class ListRunsResponse {

            /**
             * Constructs a new ListRunsResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: framefleet.v1.ListRunsResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ListRunsResponse runs. */
            runs: framefleet.v1.RunStatus[];

            /**
             * Creates a new ListRunsResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListRunsResponse instance
             */
            static create(properties: framefleet.v1.ListRunsResponse.$Shape): framefleet.v1.ListRunsResponse & framefleet.v1.ListRunsResponse.$Shape;
            static create(properties?: framefleet.v1.ListRunsResponse.$Properties): framefleet.v1.ListRunsResponse;

            /**
             * Encodes the specified ListRunsResponse message. Does not implicitly {@link framefleet.v1.ListRunsResponse.verify|verify} messages.
             * @param message ListRunsResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: framefleet.v1.ListRunsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ListRunsResponse message, length delimited. Does not implicitly {@link framefleet.v1.ListRunsResponse.verify|verify} messages.
             * @param message ListRunsResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: framefleet.v1.ListRunsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListRunsResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {framefleet.v1.ListRunsResponse & framefleet.v1.ListRunsResponse.$Shape} ListRunsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): framefleet.v1.ListRunsResponse & framefleet.v1.ListRunsResponse.$Shape;

            /**
             * Decodes a ListRunsResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {framefleet.v1.ListRunsResponse & framefleet.v1.ListRunsResponse.$Shape} ListRunsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): framefleet.v1.ListRunsResponse & framefleet.v1.ListRunsResponse.$Shape;

            /**
             * Verifies a ListRunsResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ListRunsResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ListRunsResponse
             */
            static fromObject(object: { [k: string]: any }): framefleet.v1.ListRunsResponse;

            /**
             * Creates a plain object from a ListRunsResponse message. Also converts values to other types if specified.
             * @param message ListRunsResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: framefleet.v1.ListRunsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ListRunsResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ListRunsResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListRunsResponse {

            /** Properties of a ListRunsResponse. */
            interface $Properties {

                /** ListRunsResponse runs */
                runs?: (framefleet.v1.RunStatus.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ListRunsResponse. */
            type $Shape = framefleet.v1.ListRunsResponse.$Properties;
        }

        /**
         * Properties of a ListNodesRequest.
         * @deprecated Use framefleet.v1.ListNodesRequest.$Properties instead.
         */
        interface IListNodesRequest extends framefleet.v1.ListNodesRequest.$Properties {
        }

        /** Represents a ListNodesRequest. */
        class ListNodesRequest {

            /**
             * Constructs a new ListNodesRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: framefleet.v1.ListNodesRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ListNodesRequest prune. */
            prune: boolean;

            /**
             * Creates a new ListNodesRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListNodesRequest instance
             */
            static create(properties: framefleet.v1.ListNodesRequest.$Shape): framefleet.v1.ListNodesRequest & framefleet.v1.ListNodesRequest.$Shape;
            static create(properties?: framefleet.v1.ListNodesRequest.$Properties): framefleet.v1.ListNodesRequest;

            /**
             * Encodes the specified ListNodesRequest message. Does not implicitly {@link framefleet.v1.ListNodesRequest.verify|verify} messages.
             * @param message ListNodesRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: framefleet.v1.ListNodesRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ListNodesRequest message, length delimited. Does not implicitly {@link framefleet.v1.ListNodesRequest.verify|verify} messages.
             * @param message ListNodesRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: framefleet.v1.ListNodesRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListNodesRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {framefleet.v1.ListNodesRequest & framefleet.v1.ListNodesRequest.$Shape} ListNodesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): framefleet.v1.ListNodesRequest & framefleet.v1.ListNodesRequest.$Shape;

            /**
             * Decodes a ListNodesRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {framefleet.v1.ListNodesRequest & framefleet.v1.ListNodesRequest.$Shape} ListNodesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): framefleet.v1.ListNodesRequest & framefleet.v1.ListNodesRequest.$Shape;

            /**
             * Verifies a ListNodesRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ListNodesRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ListNodesRequest
             */
            static fromObject(object: { [k: string]: any }): framefleet.v1.ListNodesRequest;

            /**
             * Creates a plain object from a ListNodesRequest message. Also converts values to other types if specified.
             * @param message ListNodesRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: framefleet.v1.ListNodesRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ListNodesRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ListNodesRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListNodesRequest {

            /** Properties of a ListNodesRequest. */
            interface $Properties {

                /** ListNodesRequest prune */
                prune?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ListNodesRequest. */
            type $Shape = framefleet.v1.ListNodesRequest.$Properties;
        }

        /**
         * Properties of a NodeView.
         * @deprecated Use framefleet.v1.NodeView.$Properties instead.
         */
        interface INodeView extends framefleet.v1.NodeView.$Properties {
        }

        /** Represents a NodeView. */
        class NodeView {

            /**
             * Constructs a new NodeView.
             * @param [properties] Properties to set
             */
            constructor(properties?: framefleet.v1.NodeView.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NodeView advert. */
            advert?: (framefleet.v1.NodeAdvert|null);

            /** NodeView ageS. */
            ageS: number;

            /** NodeView lost. */
            lost: boolean;

            /**
             * Creates a new NodeView instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NodeView instance
             */
            static create(properties: framefleet.v1.NodeView.$Shape): framefleet.v1.NodeView & framefleet.v1.NodeView.$Shape;
            static create(properties?: framefleet.v1.NodeView.$Properties): framefleet.v1.NodeView;

            /**
             * Encodes the specified NodeView message. Does not implicitly {@link framefleet.v1.NodeView.verify|verify} messages.
             * @param message NodeView message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: framefleet.v1.NodeView.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified NodeView message, length delimited. Does not implicitly {@link framefleet.v1.NodeView.verify|verify} messages.
             * @param message NodeView message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: framefleet.v1.NodeView.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NodeView message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {framefleet.v1.NodeView & framefleet.v1.NodeView.$Shape} NodeView
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): framefleet.v1.NodeView & framefleet.v1.NodeView.$Shape;

            /**
             * Decodes a NodeView message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {framefleet.v1.NodeView & framefleet.v1.NodeView.$Shape} NodeView
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): framefleet.v1.NodeView & framefleet.v1.NodeView.$Shape;

            /**
             * Verifies a NodeView message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a NodeView message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns NodeView
             */
            static fromObject(object: { [k: string]: any }): framefleet.v1.NodeView;

            /**
             * Creates a plain object from a NodeView message. Also converts values to other types if specified.
             * @param message NodeView
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: framefleet.v1.NodeView, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this NodeView to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for NodeView
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace NodeView {

            /** Properties of a NodeView. */
            interface $Properties {

                /** NodeView advert */
                advert?: (framefleet.v1.NodeAdvert.$Properties|null);

                /** NodeView ageS */
                ageS?: (number|null);

                /** NodeView lost */
                lost?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NodeView. */
            type $Shape = framefleet.v1.NodeView.$Properties;
        }

        /**
         * Properties of a ListNodesResponse.
         * @deprecated Use framefleet.v1.ListNodesResponse.$Properties instead.
         */
        interface IListNodesResponse extends framefleet.v1.ListNodesResponse.$Properties {
        }

        /** Represents a ListNodesResponse. */
        class ListNodesResponse {

            /**
             * Constructs a new ListNodesResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: framefleet.v1.ListNodesResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ListNodesResponse nodes. */
            nodes: framefleet.v1.NodeView[];

            /** ListNodesResponse pruned. */
            pruned: string[];

            /**
             * Creates a new ListNodesResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListNodesResponse instance
             */
            static create(properties: framefleet.v1.ListNodesResponse.$Shape): framefleet.v1.ListNodesResponse & framefleet.v1.ListNodesResponse.$Shape;
            static create(properties?: framefleet.v1.ListNodesResponse.$Properties): framefleet.v1.ListNodesResponse;

            /**
             * Encodes the specified ListNodesResponse message. Does not implicitly {@link framefleet.v1.ListNodesResponse.verify|verify} messages.
             * @param message ListNodesResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: framefleet.v1.ListNodesResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ListNodesResponse message, length delimited. Does not implicitly {@link framefleet.v1.ListNodesResponse.verify|verify} messages.
             * @param message ListNodesResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: framefleet.v1.ListNodesResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListNodesResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {framefleet.v1.ListNodesResponse & framefleet.v1.ListNodesResponse.$Shape} ListNodesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): framefleet.v1.ListNodesResponse & framefleet.v1.ListNodesResponse.$Shape;

            /**
             * Decodes a ListNodesResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {framefleet.v1.ListNodesResponse & framefleet.v1.ListNodesResponse.$Shape} ListNodesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): framefleet.v1.ListNodesResponse & framefleet.v1.ListNodesResponse.$Shape;

            /**
             * Verifies a ListNodesResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ListNodesResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ListNodesResponse
             */
            static fromObject(object: { [k: string]: any }): framefleet.v1.ListNodesResponse;

            /**
             * Creates a plain object from a ListNodesResponse message. Also converts values to other types if specified.
             * @param message ListNodesResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: framefleet.v1.ListNodesResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ListNodesResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ListNodesResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListNodesResponse {

            /** Properties of a ListNodesResponse. */
            interface $Properties {

                /** ListNodesResponse nodes */
                nodes?: (framefleet.v1.NodeView.$Properties[]|null);

                /** ListNodesResponse pruned */
                pruned?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ListNodesResponse. */
            type $Shape = framefleet.v1.ListNodesResponse.$Properties;
        }

        /**
         * Properties of a DrainNodeRequest.
         * @deprecated Use framefleet.v1.DrainNodeRequest.$Properties instead.
         */
        interface IDrainNodeRequest extends framefleet.v1.DrainNodeRequest.$Properties {
        }

        /** Represents a DrainNodeRequest. */
        class DrainNodeRequest {

            /**
             * Constructs a new DrainNodeRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: framefleet.v1.DrainNodeRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DrainNodeRequest node. */
            node: string;

            /** DrainNodeRequest deadlineMs. */
            deadlineMs: number;

            /** DrainNodeRequest undrain. */
            undrain: boolean;

            /**
             * Creates a new DrainNodeRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DrainNodeRequest instance
             */
            static create(properties: framefleet.v1.DrainNodeRequest.$Shape): framefleet.v1.DrainNodeRequest & framefleet.v1.DrainNodeRequest.$Shape;
            static create(properties?: framefleet.v1.DrainNodeRequest.$Properties): framefleet.v1.DrainNodeRequest;

            /**
             * Encodes the specified DrainNodeRequest message. Does not implicitly {@link framefleet.v1.DrainNodeRequest.verify|verify} messages.
             * @param message DrainNodeRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: framefleet.v1.DrainNodeRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified DrainNodeRequest message, length delimited. Does not implicitly {@link framefleet.v1.DrainNodeRequest.verify|verify} messages.
             * @param message DrainNodeRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: framefleet.v1.DrainNodeRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DrainNodeRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {framefleet.v1.DrainNodeRequest & framefleet.v1.DrainNodeRequest.$Shape} DrainNodeRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): framefleet.v1.DrainNodeRequest & framefleet.v1.DrainNodeRequest.$Shape;

            /**
             * Decodes a DrainNodeRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {framefleet.v1.DrainNodeRequest & framefleet.v1.DrainNodeRequest.$Shape} DrainNodeRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): framefleet.v1.DrainNodeRequest & framefleet.v1.DrainNodeRequest.$Shape;

            /**
             * Verifies a DrainNodeRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DrainNodeRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DrainNodeRequest
             */
            static fromObject(object: { [k: string]: any }): framefleet.v1.DrainNodeRequest;

            /**
             * Creates a plain object from a DrainNodeRequest message. Also converts values to other types if specified.
             * @param message DrainNodeRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: framefleet.v1.DrainNodeRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DrainNodeRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DrainNodeRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DrainNodeRequest {

            /** Properties of a DrainNodeRequest. */
            interface $Properties {

                /** DrainNodeRequest node */
                node?: (string|null);

                /** DrainNodeRequest deadlineMs */
                deadlineMs?: (number|null);

                /** DrainNodeRequest undrain */
                undrain?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DrainNodeRequest. */
            type $Shape = framefleet.v1.DrainNodeRequest.$Properties;
        }

        /**
         * Properties of a DrainNodeResponse.
         * @deprecated Use framefleet.v1.DrainNodeResponse.$Properties instead.
         */
        interface IDrainNodeResponse extends framefleet.v1.DrainNodeResponse.$Properties {
        }

        /** Represents a DrainNodeResponse. */
        class DrainNodeResponse {

            /**
             * Constructs a new DrainNodeResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: framefleet.v1.DrainNodeResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DrainNodeResponse ok. */
            ok: boolean;

            /** DrainNodeResponse message. */
            message: string;

            /** DrainNodeResponse state. */
            state: framefleet.v1.NodeState;

            /**
             * Creates a new DrainNodeResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DrainNodeResponse instance
             */
            static create(properties: framefleet.v1.DrainNodeResponse.$Shape): framefleet.v1.DrainNodeResponse & framefleet.v1.DrainNodeResponse.$Shape;
            static create(properties?: framefleet.v1.DrainNodeResponse.$Properties): framefleet.v1.DrainNodeResponse;

            /**
             * Encodes the specified DrainNodeResponse message. Does not implicitly {@link framefleet.v1.DrainNodeResponse.verify|verify} messages.
             * @param message DrainNodeResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: framefleet.v1.DrainNodeResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified DrainNodeResponse message, length delimited. Does not implicitly {@link framefleet.v1.DrainNodeResponse.verify|verify} messages.
             * @param message DrainNodeResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: framefleet.v1.DrainNodeResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DrainNodeResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {framefleet.v1.DrainNodeResponse & framefleet.v1.DrainNodeResponse.$Shape} DrainNodeResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): framefleet.v1.DrainNodeResponse & framefleet.v1.DrainNodeResponse.$Shape;

            /**
             * Decodes a DrainNodeResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {framefleet.v1.DrainNodeResponse & framefleet.v1.DrainNodeResponse.$Shape} DrainNodeResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): framefleet.v1.DrainNodeResponse & framefleet.v1.DrainNodeResponse.$Shape;

            /**
             * Verifies a DrainNodeResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DrainNodeResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DrainNodeResponse
             */
            static fromObject(object: { [k: string]: any }): framefleet.v1.DrainNodeResponse;

            /**
             * Creates a plain object from a DrainNodeResponse message. Also converts values to other types if specified.
             * @param message DrainNodeResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: framefleet.v1.DrainNodeResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DrainNodeResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DrainNodeResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DrainNodeResponse {

            /** Properties of a DrainNodeResponse. */
            interface $Properties {

                /** DrainNodeResponse ok */
                ok?: (boolean|null);

                /** DrainNodeResponse message */
                message?: (string|null);

                /** DrainNodeResponse state */
                state?: (framefleet.v1.NodeState|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DrainNodeResponse. */
            type $Shape = framefleet.v1.DrainNodeResponse.$Properties;
        }

        /**
         * Properties of a CancelRunRequest.
         * @deprecated Use framefleet.v1.CancelRunRequest.$Properties instead.
         */
        interface ICancelRunRequest extends framefleet.v1.CancelRunRequest.$Properties {
        }

        /** Represents a CancelRunRequest. */
        class CancelRunRequest {

            /**
             * Constructs a new CancelRunRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: framefleet.v1.CancelRunRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CancelRunRequest runId. */
            runId: string;

            /**
             * Creates a new CancelRunRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CancelRunRequest instance
             */
            static create(properties: framefleet.v1.CancelRunRequest.$Shape): framefleet.v1.CancelRunRequest & framefleet.v1.CancelRunRequest.$Shape;
            static create(properties?: framefleet.v1.CancelRunRequest.$Properties): framefleet.v1.CancelRunRequest;

            /**
             * Encodes the specified CancelRunRequest message. Does not implicitly {@link framefleet.v1.CancelRunRequest.verify|verify} messages.
             * @param message CancelRunRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: framefleet.v1.CancelRunRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified CancelRunRequest message, length delimited. Does not implicitly {@link framefleet.v1.CancelRunRequest.verify|verify} messages.
             * @param message CancelRunRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: framefleet.v1.CancelRunRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CancelRunRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {framefleet.v1.CancelRunRequest & framefleet.v1.CancelRunRequest.$Shape} CancelRunRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): framefleet.v1.CancelRunRequest & framefleet.v1.CancelRunRequest.$Shape;

            /**
             * Decodes a CancelRunRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {framefleet.v1.CancelRunRequest & framefleet.v1.CancelRunRequest.$Shape} CancelRunRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): framefleet.v1.CancelRunRequest & framefleet.v1.CancelRunRequest.$Shape;

            /**
             * Verifies a CancelRunRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a CancelRunRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CancelRunRequest
             */
            static fromObject(object: { [k: string]: any }): framefleet.v1.CancelRunRequest;

            /**
             * Creates a plain object from a CancelRunRequest message. Also converts values to other types if specified.
             * @param message CancelRunRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: framefleet.v1.CancelRunRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CancelRunRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CancelRunRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CancelRunRequest {

            /** Properties of a CancelRunRequest. */
            interface $Properties {

                /** CancelRunRequest runId */
                runId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CancelRunRequest. */
            type $Shape = framefleet.v1.CancelRunRequest.$Properties;
        }

        /**
         * Properties of a CancelRunResponse.
         * @deprecated Use framefleet.v1.CancelRunResponse.$Properties instead.
         */
        interface ICancelRunResponse extends framefleet.v1.CancelRunResponse.$Properties {
        }

        /** Represents a CancelRunResponse. */
        class CancelRunResponse {

            /**
             * Constructs a new CancelRunResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: framefleet.v1.CancelRunResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CancelRunResponse ok. */
            ok: boolean;

            /** CancelRunResponse purgedTasks. */
            purgedTasks: number;

            /**
             * Creates a new CancelRunResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CancelRunResponse instance
             */
            static create(properties: framefleet.v1.CancelRunResponse.$Shape): framefleet.v1.CancelRunResponse & framefleet.v1.CancelRunResponse.$Shape;
            static create(properties?: framefleet.v1.CancelRunResponse.$Properties): framefleet.v1.CancelRunResponse;

            /**
             * Encodes the specified CancelRunResponse message. Does not implicitly {@link framefleet.v1.CancelRunResponse.verify|verify} messages.
             * @param message CancelRunResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: framefleet.v1.CancelRunResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified CancelRunResponse message, length delimited. Does not implicitly {@link framefleet.v1.CancelRunResponse.verify|verify} messages.
             * @param message CancelRunResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: framefleet.v1.CancelRunResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CancelRunResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {framefleet.v1.CancelRunResponse & framefleet.v1.CancelRunResponse.$Shape} CancelRunResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): framefleet.v1.CancelRunResponse & framefleet.v1.CancelRunResponse.$Shape;

            /**
             * Decodes a CancelRunResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {framefleet.v1.CancelRunResponse & framefleet.v1.CancelRunResponse.$Shape} CancelRunResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): framefleet.v1.CancelRunResponse & framefleet.v1.CancelRunResponse.$Shape;

            /**
             * Verifies a CancelRunResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a CancelRunResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CancelRunResponse
             */
            static fromObject(object: { [k: string]: any }): framefleet.v1.CancelRunResponse;

            /**
             * Creates a plain object from a CancelRunResponse message. Also converts values to other types if specified.
             * @param message CancelRunResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: framefleet.v1.CancelRunResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CancelRunResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CancelRunResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CancelRunResponse {

            /** Properties of a CancelRunResponse. */
            interface $Properties {

                /** CancelRunResponse ok */
                ok?: (boolean|null);

                /** CancelRunResponse purgedTasks */
                purgedTasks?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CancelRunResponse. */
            type $Shape = framefleet.v1.CancelRunResponse.$Properties;
        }

        /**
         * Properties of a GetReportRequest.
         * @deprecated Use framefleet.v1.GetReportRequest.$Properties instead.
         */
        interface IGetReportRequest extends framefleet.v1.GetReportRequest.$Properties {
        }

        /** Represents a GetReportRequest. */
        class GetReportRequest {

            /**
             * Constructs a new GetReportRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: framefleet.v1.GetReportRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GetReportRequest runId. */
            runId: string;

            /** GetReportRequest format. */
            format: string;

            /**
             * Creates a new GetReportRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GetReportRequest instance
             */
            static create(properties: framefleet.v1.GetReportRequest.$Shape): framefleet.v1.GetReportRequest & framefleet.v1.GetReportRequest.$Shape;
            static create(properties?: framefleet.v1.GetReportRequest.$Properties): framefleet.v1.GetReportRequest;

            /**
             * Encodes the specified GetReportRequest message. Does not implicitly {@link framefleet.v1.GetReportRequest.verify|verify} messages.
             * @param message GetReportRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: framefleet.v1.GetReportRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified GetReportRequest message, length delimited. Does not implicitly {@link framefleet.v1.GetReportRequest.verify|verify} messages.
             * @param message GetReportRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: framefleet.v1.GetReportRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GetReportRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {framefleet.v1.GetReportRequest & framefleet.v1.GetReportRequest.$Shape} GetReportRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): framefleet.v1.GetReportRequest & framefleet.v1.GetReportRequest.$Shape;

            /**
             * Decodes a GetReportRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {framefleet.v1.GetReportRequest & framefleet.v1.GetReportRequest.$Shape} GetReportRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): framefleet.v1.GetReportRequest & framefleet.v1.GetReportRequest.$Shape;

            /**
             * Verifies a GetReportRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GetReportRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GetReportRequest
             */
            static fromObject(object: { [k: string]: any }): framefleet.v1.GetReportRequest;

            /**
             * Creates a plain object from a GetReportRequest message. Also converts values to other types if specified.
             * @param message GetReportRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: framefleet.v1.GetReportRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GetReportRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GetReportRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GetReportRequest {

            /** Properties of a GetReportRequest. */
            interface $Properties {

                /** GetReportRequest runId */
                runId?: (string|null);

                /** GetReportRequest format */
                format?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GetReportRequest. */
            type $Shape = framefleet.v1.GetReportRequest.$Properties;
        }

        /**
         * Properties of a GetReportResponse.
         * @deprecated Use framefleet.v1.GetReportResponse.$Properties instead.
         */
        interface IGetReportResponse extends framefleet.v1.GetReportResponse.$Properties {
        }

        /** Represents a GetReportResponse. */
        class GetReportResponse {

            /**
             * Constructs a new GetReportResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: framefleet.v1.GetReportResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GetReportResponse content. */
            content: string;

            /** GetReportResponse final. */
            final: boolean;

            /** GetReportResponse path. */
            path: string;

            /**
             * Creates a new GetReportResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GetReportResponse instance
             */
            static create(properties: framefleet.v1.GetReportResponse.$Shape): framefleet.v1.GetReportResponse & framefleet.v1.GetReportResponse.$Shape;
            static create(properties?: framefleet.v1.GetReportResponse.$Properties): framefleet.v1.GetReportResponse;

            /**
             * Encodes the specified GetReportResponse message. Does not implicitly {@link framefleet.v1.GetReportResponse.verify|verify} messages.
             * @param message GetReportResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: framefleet.v1.GetReportResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified GetReportResponse message, length delimited. Does not implicitly {@link framefleet.v1.GetReportResponse.verify|verify} messages.
             * @param message GetReportResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: framefleet.v1.GetReportResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GetReportResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {framefleet.v1.GetReportResponse & framefleet.v1.GetReportResponse.$Shape} GetReportResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): framefleet.v1.GetReportResponse & framefleet.v1.GetReportResponse.$Shape;

            /**
             * Decodes a GetReportResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {framefleet.v1.GetReportResponse & framefleet.v1.GetReportResponse.$Shape} GetReportResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): framefleet.v1.GetReportResponse & framefleet.v1.GetReportResponse.$Shape;

            /**
             * Verifies a GetReportResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GetReportResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GetReportResponse
             */
            static fromObject(object: { [k: string]: any }): framefleet.v1.GetReportResponse;

            /**
             * Creates a plain object from a GetReportResponse message. Also converts values to other types if specified.
             * @param message GetReportResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: framefleet.v1.GetReportResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GetReportResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GetReportResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GetReportResponse {

            /** Properties of a GetReportResponse. */
            interface $Properties {

                /** GetReportResponse content */
                content?: (string|null);

                /** GetReportResponse final */
                final?: (boolean|null);

                /** GetReportResponse path */
                path?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GetReportResponse. */
            type $Shape = framefleet.v1.GetReportResponse.$Properties;
        }

        /** Outcome enum. */
        enum Outcome {

            /** OUTCOME_UNSPECIFIED value */
            OUTCOME_UNSPECIFIED = 0,

            /** OUTCOME_DONE value */
            OUTCOME_DONE = 1,

            /** OUTCOME_FAILED value */
            OUTCOME_FAILED = 2,

            /** OUTCOME_DUPLICATE value */
            OUTCOME_DUPLICATE = 3
        }

        /**
         * Properties of a Timings.
         * @deprecated Use framefleet.v1.Timings.$Properties instead.
         */
        interface ITimings extends framefleet.v1.Timings.$Properties {
        }

        /** Represents a Timings. */
        class Timings {

            /**
             * Constructs a new Timings.
             * @param [properties] Properties to set
             */
            constructor(properties?: framefleet.v1.Timings.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Timings publishedAtMs. */
            publishedAtMs: number;

            /** Timings startedAtMs. */
            startedAtMs: number;

            /** Timings finishedAtMs. */
            finishedAtMs: number;

            /** Timings backendMs. */
            backendMs: number;

            /** Timings loadMs. */
            loadMs: number;

            /**
             * Creates a new Timings instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Timings instance
             */
            static create(properties: framefleet.v1.Timings.$Shape): framefleet.v1.Timings & framefleet.v1.Timings.$Shape;
            static create(properties?: framefleet.v1.Timings.$Properties): framefleet.v1.Timings;

            /**
             * Encodes the specified Timings message. Does not implicitly {@link framefleet.v1.Timings.verify|verify} messages.
             * @param message Timings message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: framefleet.v1.Timings.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Timings message, length delimited. Does not implicitly {@link framefleet.v1.Timings.verify|verify} messages.
             * @param message Timings message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: framefleet.v1.Timings.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Timings message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {framefleet.v1.Timings & framefleet.v1.Timings.$Shape} Timings
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): framefleet.v1.Timings & framefleet.v1.Timings.$Shape;

            /**
             * Decodes a Timings message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {framefleet.v1.Timings & framefleet.v1.Timings.$Shape} Timings
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): framefleet.v1.Timings & framefleet.v1.Timings.$Shape;

            /**
             * Verifies a Timings message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Timings message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Timings
             */
            static fromObject(object: { [k: string]: any }): framefleet.v1.Timings;

            /**
             * Creates a plain object from a Timings message. Also converts values to other types if specified.
             * @param message Timings
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: framefleet.v1.Timings, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Timings to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Timings
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Timings {

            /** Properties of a Timings. */
            interface $Properties {

                /** Timings publishedAtMs */
                publishedAtMs?: (number|null);

                /** Timings startedAtMs */
                startedAtMs?: (number|null);

                /** Timings finishedAtMs */
                finishedAtMs?: (number|null);

                /** Timings backendMs */
                backendMs?: (number|null);

                /** Timings loadMs */
                loadMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Timings. */
            type $Shape = framefleet.v1.Timings.$Properties;
        }

        /**
         * Properties of a TaskResult.
         * @deprecated Use framefleet.v1.TaskResult.$Properties instead.
         */
        interface ITaskResult extends framefleet.v1.TaskResult.$Properties {
        }

        /** Represents a TaskResult. */
        class TaskResult {

            /**
             * Constructs a new TaskResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: framefleet.v1.TaskResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TaskResult taskId. */
            taskId: string;

            /** TaskResult runId. */
            runId: string;

            /** TaskResult kind. */
            kind: framefleet.v1.TaskKind;

            /** TaskResult backend. */
            backend: string;

            /** TaskResult itemKey. */
            itemKey: string;

            /** TaskResult outcome. */
            outcome: framefleet.v1.Outcome;

            /** TaskResult attempt. */
            attempt: number;

            /** TaskResult node. */
            node: string;

            /** TaskResult deviceUuid. */
            deviceUuid: string;

            /** TaskResult output. */
            output?: (framefleet.v1.OutputFile|null);

            /** TaskResult errors. */
            errors: framefleet.v1.TaskError[];

            /** TaskResult timings. */
            timings?: (framefleet.v1.Timings|null);

            /** TaskResult genTaskId. */
            genTaskId: string;

            /** TaskResult scores. */
            scores: { [k: string]: number };

            /** TaskResult labels. */
            labels: { [k: string]: string };

            /** TaskResult load. */
            load?: (framefleet.v1.BackendLoad|null);

            /**
             * Creates a new TaskResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TaskResult instance
             */
            static create(properties: framefleet.v1.TaskResult.$Shape): framefleet.v1.TaskResult & framefleet.v1.TaskResult.$Shape;
            static create(properties?: framefleet.v1.TaskResult.$Properties): framefleet.v1.TaskResult;

            /**
             * Encodes the specified TaskResult message. Does not implicitly {@link framefleet.v1.TaskResult.verify|verify} messages.
             * @param message TaskResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: framefleet.v1.TaskResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified TaskResult message, length delimited. Does not implicitly {@link framefleet.v1.TaskResult.verify|verify} messages.
             * @param message TaskResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: framefleet.v1.TaskResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TaskResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {framefleet.v1.TaskResult & framefleet.v1.TaskResult.$Shape} TaskResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): framefleet.v1.TaskResult & framefleet.v1.TaskResult.$Shape;

            /**
             * Decodes a TaskResult message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {framefleet.v1.TaskResult & framefleet.v1.TaskResult.$Shape} TaskResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): framefleet.v1.TaskResult & framefleet.v1.TaskResult.$Shape;

            /**
             * Verifies a TaskResult message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a TaskResult message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TaskResult
             */
            static fromObject(object: { [k: string]: any }): framefleet.v1.TaskResult;

            /**
             * Creates a plain object from a TaskResult message. Also converts values to other types if specified.
             * @param message TaskResult
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: framefleet.v1.TaskResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TaskResult to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for TaskResult
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace TaskResult {

            /** Properties of a TaskResult. */
            interface $Properties {

                /** TaskResult taskId */
                taskId?: (string|null);

                /** TaskResult runId */
                runId?: (string|null);

                /** TaskResult kind */
                kind?: (framefleet.v1.TaskKind|null);

                /** TaskResult backend */
                backend?: (string|null);

                /** TaskResult itemKey */
                itemKey?: (string|null);

                /** TaskResult outcome */
                outcome?: (framefleet.v1.Outcome|null);

                /** TaskResult attempt */
                attempt?: (number|null);

                /** TaskResult node */
                node?: (string|null);

                /** TaskResult deviceUuid */
                deviceUuid?: (string|null);

                /** TaskResult output */
                output?: (framefleet.v1.OutputFile.$Properties|null);

                /** TaskResult errors */
                errors?: (framefleet.v1.TaskError.$Properties[]|null);

                /** TaskResult timings */
                timings?: (framefleet.v1.Timings.$Properties|null);

                /** TaskResult genTaskId */
                genTaskId?: (string|null);

                /** TaskResult scores */
                scores?: ({ [k: string]: number }|null);

                /** TaskResult labels */
                labels?: ({ [k: string]: string }|null);

                /** TaskResult load */
                load?: (framefleet.v1.BackendLoad.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TaskResult. */
            type $Shape = framefleet.v1.TaskResult.$Properties;
        }

        /**
         * Properties of a TaskResults.
         * @deprecated Use framefleet.v1.TaskResults.$Properties instead.
         */
        interface ITaskResults extends framefleet.v1.TaskResults.$Properties {
        }

        /** Represents a TaskResults. */
        class TaskResults {

            /**
             * Constructs a new TaskResults.
             * @param [properties] Properties to set
             */
            constructor(properties?: framefleet.v1.TaskResults.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TaskResults results. */
            results: framefleet.v1.TaskResult[];

            /**
             * Creates a new TaskResults instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TaskResults instance
             */
            static create(properties: framefleet.v1.TaskResults.$Shape): framefleet.v1.TaskResults & framefleet.v1.TaskResults.$Shape;
            static create(properties?: framefleet.v1.TaskResults.$Properties): framefleet.v1.TaskResults;

            /**
             * Encodes the specified TaskResults message. Does not implicitly {@link framefleet.v1.TaskResults.verify|verify} messages.
             * @param message TaskResults message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: framefleet.v1.TaskResults.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified TaskResults message, length delimited. Does not implicitly {@link framefleet.v1.TaskResults.verify|verify} messages.
             * @param message TaskResults message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: framefleet.v1.TaskResults.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TaskResults message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {framefleet.v1.TaskResults & framefleet.v1.TaskResults.$Shape} TaskResults
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): framefleet.v1.TaskResults & framefleet.v1.TaskResults.$Shape;

            /**
             * Decodes a TaskResults message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {framefleet.v1.TaskResults & framefleet.v1.TaskResults.$Shape} TaskResults
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): framefleet.v1.TaskResults & framefleet.v1.TaskResults.$Shape;

            /**
             * Verifies a TaskResults message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a TaskResults message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TaskResults
             */
            static fromObject(object: { [k: string]: any }): framefleet.v1.TaskResults;

            /**
             * Creates a plain object from a TaskResults message. Also converts values to other types if specified.
             * @param message TaskResults
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: framefleet.v1.TaskResults, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TaskResults to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for TaskResults
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace TaskResults {

            /** Properties of a TaskResults. */
            interface $Properties {

                /** TaskResults results */
                results?: (framefleet.v1.TaskResult.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TaskResults. */
            type $Shape = framefleet.v1.TaskResults.$Properties;
        }

        /**
         * Properties of a TaskStarted.
         * @deprecated Use framefleet.v1.TaskStarted.$Properties instead.
         */
        interface ITaskStarted extends framefleet.v1.TaskStarted.$Properties {
        }

        /** Represents a TaskStarted. */
        class TaskStarted {

            /**
             * Constructs a new TaskStarted.
             * @param [properties] Properties to set
             */
            constructor(properties?: framefleet.v1.TaskStarted.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TaskStarted taskId. */
            taskId: string;

            /** TaskStarted runId. */
            runId: string;

            /** TaskStarted kind. */
            kind: framefleet.v1.TaskKind;

            /** TaskStarted attempt. */
            attempt: number;

            /** TaskStarted node. */
            node: string;

            /** TaskStarted deviceUuid. */
            deviceUuid: string;

            /** TaskStarted atMs. */
            atMs: number;

            /**
             * Creates a new TaskStarted instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TaskStarted instance
             */
            static create(properties: framefleet.v1.TaskStarted.$Shape): framefleet.v1.TaskStarted & framefleet.v1.TaskStarted.$Shape;
            static create(properties?: framefleet.v1.TaskStarted.$Properties): framefleet.v1.TaskStarted;

            /**
             * Encodes the specified TaskStarted message. Does not implicitly {@link framefleet.v1.TaskStarted.verify|verify} messages.
             * @param message TaskStarted message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: framefleet.v1.TaskStarted.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified TaskStarted message, length delimited. Does not implicitly {@link framefleet.v1.TaskStarted.verify|verify} messages.
             * @param message TaskStarted message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: framefleet.v1.TaskStarted.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TaskStarted message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {framefleet.v1.TaskStarted & framefleet.v1.TaskStarted.$Shape} TaskStarted
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): framefleet.v1.TaskStarted & framefleet.v1.TaskStarted.$Shape;

            /**
             * Decodes a TaskStarted message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {framefleet.v1.TaskStarted & framefleet.v1.TaskStarted.$Shape} TaskStarted
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): framefleet.v1.TaskStarted & framefleet.v1.TaskStarted.$Shape;

            /**
             * Verifies a TaskStarted message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a TaskStarted message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TaskStarted
             */
            static fromObject(object: { [k: string]: any }): framefleet.v1.TaskStarted;

            /**
             * Creates a plain object from a TaskStarted message. Also converts values to other types if specified.
             * @param message TaskStarted
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: framefleet.v1.TaskStarted, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TaskStarted to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for TaskStarted
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace TaskStarted {

            /** Properties of a TaskStarted. */
            interface $Properties {

                /** TaskStarted taskId */
                taskId?: (string|null);

                /** TaskStarted runId */
                runId?: (string|null);

                /** TaskStarted kind */
                kind?: (framefleet.v1.TaskKind|null);

                /** TaskStarted attempt */
                attempt?: (number|null);

                /** TaskStarted node */
                node?: (string|null);

                /** TaskStarted deviceUuid */
                deviceUuid?: (string|null);

                /** TaskStarted atMs */
                atMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TaskStarted. */
            type $Shape = framefleet.v1.TaskStarted.$Properties;
        }

        /**
         * Properties of a TaskRetry.
         * @deprecated Use framefleet.v1.TaskRetry.$Properties instead.
         */
        interface ITaskRetry extends framefleet.v1.TaskRetry.$Properties {
        }

        /** Represents a TaskRetry. */
        class TaskRetry {

            /**
             * Constructs a new TaskRetry.
             * @param [properties] Properties to set
             */
            constructor(properties?: framefleet.v1.TaskRetry.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TaskRetry taskId. */
            taskId: string;

            /** TaskRetry runId. */
            runId: string;

            /** TaskRetry kind. */
            kind: framefleet.v1.TaskKind;

            /** TaskRetry error. */
            error?: (framefleet.v1.TaskError|null);

            /** TaskRetry delayMs. */
            delayMs: number;

            /** TaskRetry load. */
            load?: (framefleet.v1.BackendLoad|null);

            /**
             * Creates a new TaskRetry instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TaskRetry instance
             */
            static create(properties: framefleet.v1.TaskRetry.$Shape): framefleet.v1.TaskRetry & framefleet.v1.TaskRetry.$Shape;
            static create(properties?: framefleet.v1.TaskRetry.$Properties): framefleet.v1.TaskRetry;

            /**
             * Encodes the specified TaskRetry message. Does not implicitly {@link framefleet.v1.TaskRetry.verify|verify} messages.
             * @param message TaskRetry message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: framefleet.v1.TaskRetry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified TaskRetry message, length delimited. Does not implicitly {@link framefleet.v1.TaskRetry.verify|verify} messages.
             * @param message TaskRetry message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: framefleet.v1.TaskRetry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TaskRetry message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {framefleet.v1.TaskRetry & framefleet.v1.TaskRetry.$Shape} TaskRetry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): framefleet.v1.TaskRetry & framefleet.v1.TaskRetry.$Shape;

            /**
             * Decodes a TaskRetry message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {framefleet.v1.TaskRetry & framefleet.v1.TaskRetry.$Shape} TaskRetry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): framefleet.v1.TaskRetry & framefleet.v1.TaskRetry.$Shape;

            /**
             * Verifies a TaskRetry message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a TaskRetry message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TaskRetry
             */
            static fromObject(object: { [k: string]: any }): framefleet.v1.TaskRetry;

            /**
             * Creates a plain object from a TaskRetry message. Also converts values to other types if specified.
             * @param message TaskRetry
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: framefleet.v1.TaskRetry, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TaskRetry to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for TaskRetry
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace TaskRetry {

            /** Properties of a TaskRetry. */
            interface $Properties {

                /** TaskRetry taskId */
                taskId?: (string|null);

                /** TaskRetry runId */
                runId?: (string|null);

                /** TaskRetry kind */
                kind?: (framefleet.v1.TaskKind|null);

                /** TaskRetry error */
                error?: (framefleet.v1.TaskError.$Properties|null);

                /** TaskRetry delayMs */
                delayMs?: (number|null);

                /** TaskRetry load */
                load?: (framefleet.v1.BackendLoad.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TaskRetry. */
            type $Shape = framefleet.v1.TaskRetry.$Properties;
        }

        /** RunState enum. */
        enum RunState {

            /** RUN_STATE_UNSPECIFIED value */
            RUN_STATE_UNSPECIFIED = 0,

            /** RUN_STATE_PLANNING value */
            RUN_STATE_PLANNING = 1,

            /** RUN_STATE_RUNNING value */
            RUN_STATE_RUNNING = 2,

            /** RUN_STATE_COMPLETED value */
            RUN_STATE_COMPLETED = 3,

            /** RUN_STATE_CANCELLED value */
            RUN_STATE_CANCELLED = 4,

            /** RUN_STATE_FAILED value */
            RUN_STATE_FAILED = 5
        }

        /**
         * Properties of a RunStateChanged.
         * @deprecated Use framefleet.v1.RunStateChanged.$Properties instead.
         */
        interface IRunStateChanged extends framefleet.v1.RunStateChanged.$Properties {
        }

        /** Represents a RunStateChanged. */
        class RunStateChanged {

            /**
             * Constructs a new RunStateChanged.
             * @param [properties] Properties to set
             */
            constructor(properties?: framefleet.v1.RunStateChanged.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RunStateChanged runId. */
            runId: string;

            /** RunStateChanged state. */
            state: framefleet.v1.RunState;

            /** RunStateChanged atMs. */
            atMs: number;

            /** RunStateChanged reason. */
            reason: string;

            /** RunStateChanged generation. */
            generation: number;

            /**
             * Creates a new RunStateChanged instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RunStateChanged instance
             */
            static create(properties: framefleet.v1.RunStateChanged.$Shape): framefleet.v1.RunStateChanged & framefleet.v1.RunStateChanged.$Shape;
            static create(properties?: framefleet.v1.RunStateChanged.$Properties): framefleet.v1.RunStateChanged;

            /**
             * Encodes the specified RunStateChanged message. Does not implicitly {@link framefleet.v1.RunStateChanged.verify|verify} messages.
             * @param message RunStateChanged message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: framefleet.v1.RunStateChanged.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified RunStateChanged message, length delimited. Does not implicitly {@link framefleet.v1.RunStateChanged.verify|verify} messages.
             * @param message RunStateChanged message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: framefleet.v1.RunStateChanged.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RunStateChanged message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {framefleet.v1.RunStateChanged & framefleet.v1.RunStateChanged.$Shape} RunStateChanged
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): framefleet.v1.RunStateChanged & framefleet.v1.RunStateChanged.$Shape;

            /**
             * Decodes a RunStateChanged message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {framefleet.v1.RunStateChanged & framefleet.v1.RunStateChanged.$Shape} RunStateChanged
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): framefleet.v1.RunStateChanged & framefleet.v1.RunStateChanged.$Shape;

            /**
             * Verifies a RunStateChanged message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RunStateChanged message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RunStateChanged
             */
            static fromObject(object: { [k: string]: any }): framefleet.v1.RunStateChanged;

            /**
             * Creates a plain object from a RunStateChanged message. Also converts values to other types if specified.
             * @param message RunStateChanged
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: framefleet.v1.RunStateChanged, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RunStateChanged to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RunStateChanged
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RunStateChanged {

            /** Properties of a RunStateChanged. */
            interface $Properties {

                /** RunStateChanged runId */
                runId?: (string|null);

                /** RunStateChanged state */
                state?: (framefleet.v1.RunState|null);

                /** RunStateChanged atMs */
                atMs?: (number|null);

                /** RunStateChanged reason */
                reason?: (string|null);

                /** RunStateChanged generation */
                generation?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RunStateChanged. */
            type $Shape = framefleet.v1.RunStateChanged.$Properties;
        }

        /** ItemState enum. */
        enum ItemState {

            /** ITEM_STATE_UNSPECIFIED value */
            ITEM_STATE_UNSPECIFIED = 0,

            /** ITEM_STATE_QUEUED value */
            ITEM_STATE_QUEUED = 1,

            /** ITEM_STATE_RUNNING value */
            ITEM_STATE_RUNNING = 2,

            /** ITEM_STATE_GENERATED value */
            ITEM_STATE_GENERATED = 3,

            /** ITEM_STATE_EVALUATING value */
            ITEM_STATE_EVALUATING = 4,

            /** ITEM_STATE_DONE value */
            ITEM_STATE_DONE = 5,

            /** ITEM_STATE_FAILED value */
            ITEM_STATE_FAILED = 6
        }

        /**
         * Properties of a RunCounters.
         * @deprecated Use framefleet.v1.RunCounters.$Properties instead.
         */
        interface IRunCounters extends framefleet.v1.RunCounters.$Properties {
        }

        /** Represents a RunCounters. */
        class RunCounters {

            /**
             * Constructs a new RunCounters.
             * @param [properties] Properties to set
             */
            constructor(properties?: framefleet.v1.RunCounters.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RunCounters total. */
            total: number;

            /** RunCounters queued. */
            queued: number;

            /** RunCounters running. */
            running: number;

            /** RunCounters generated. */
            generated: number;

            /** RunCounters evaluating. */
            evaluating: number;

            /** RunCounters done. */
            done: number;

            /** RunCounters failed. */
            failed: number;

            /**
             * Creates a new RunCounters instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RunCounters instance
             */
            static create(properties: framefleet.v1.RunCounters.$Shape): framefleet.v1.RunCounters & framefleet.v1.RunCounters.$Shape;
            static create(properties?: framefleet.v1.RunCounters.$Properties): framefleet.v1.RunCounters;

            /**
             * Encodes the specified RunCounters message. Does not implicitly {@link framefleet.v1.RunCounters.verify|verify} messages.
             * @param message RunCounters message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: framefleet.v1.RunCounters.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified RunCounters message, length delimited. Does not implicitly {@link framefleet.v1.RunCounters.verify|verify} messages.
             * @param message RunCounters message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: framefleet.v1.RunCounters.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RunCounters message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {framefleet.v1.RunCounters & framefleet.v1.RunCounters.$Shape} RunCounters
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): framefleet.v1.RunCounters & framefleet.v1.RunCounters.$Shape;

            /**
             * Decodes a RunCounters message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {framefleet.v1.RunCounters & framefleet.v1.RunCounters.$Shape} RunCounters
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): framefleet.v1.RunCounters & framefleet.v1.RunCounters.$Shape;

            /**
             * Verifies a RunCounters message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RunCounters message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RunCounters
             */
            static fromObject(object: { [k: string]: any }): framefleet.v1.RunCounters;

            /**
             * Creates a plain object from a RunCounters message. Also converts values to other types if specified.
             * @param message RunCounters
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: framefleet.v1.RunCounters, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RunCounters to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RunCounters
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RunCounters {

            /** Properties of a RunCounters. */
            interface $Properties {

                /** RunCounters total */
                total?: (number|null);

                /** RunCounters queued */
                queued?: (number|null);

                /** RunCounters running */
                running?: (number|null);

                /** RunCounters generated */
                generated?: (number|null);

                /** RunCounters evaluating */
                evaluating?: (number|null);

                /** RunCounters done */
                done?: (number|null);

                /** RunCounters failed */
                failed?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RunCounters. */
            type $Shape = framefleet.v1.RunCounters.$Properties;
        }

        /**
         * Properties of a RunRecord.
         * @deprecated Use framefleet.v1.RunRecord.$Properties instead.
         */
        interface IRunRecord extends framefleet.v1.RunRecord.$Properties {
        }

        /** Represents a RunRecord. */
        class RunRecord {

            /**
             * Constructs a new RunRecord.
             * @param [properties] Properties to set
             */
            constructor(properties?: framefleet.v1.RunRecord.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RunRecord runId. */
            runId: string;

            /** RunRecord name. */
            name: string;

            /** RunRecord benchmark. */
            benchmark: string;

            /** RunRecord state. */
            state: framefleet.v1.RunState;

            /** RunRecord specYaml. */
            specYaml: string;

            /** RunRecord baseDir. */
            baseDir: string;

            /** RunRecord outputDir. */
            outputDir: string;

            /** RunRecord createdAtMs. */
            createdAtMs: number;

            /** RunRecord updatedAtMs. */
            updatedAtMs: number;

            /** RunRecord finishedAtMs. */
            finishedAtMs: number;

            /** RunRecord counters. */
            counters?: (framefleet.v1.RunCounters|null);

            /** RunRecord publishedAll. */
            publishedAll: boolean;

            /** RunRecord generatorBackend. */
            generatorBackend: string;

            /** RunRecord evaluatorBackend. */
            evaluatorBackend: string;

            /** RunRecord reason. */
            reason: string;

            /** RunRecord generation. */
            generation: number;

            /** RunRecord specFingerprint. */
            specFingerprint: string;

            /** RunRecord lastItemDoneAtMs. */
            lastItemDoneAtMs: number;

            /** RunRecord priorityClass. */
            priorityClass: string;

            /** RunRecord priority. */
            priority: number;

            /** RunRecord owner. */
            owner: string;

            /** RunRecord team. */
            team: string;

            /** RunRecord share. */
            share: number;

            /** RunRecord admission. */
            admission: boolean;

            /** RunRecord deviceMs. */
            deviceMs: number;

            /**
             * Creates a new RunRecord instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RunRecord instance
             */
            static create(properties: framefleet.v1.RunRecord.$Shape): framefleet.v1.RunRecord & framefleet.v1.RunRecord.$Shape;
            static create(properties?: framefleet.v1.RunRecord.$Properties): framefleet.v1.RunRecord;

            /**
             * Encodes the specified RunRecord message. Does not implicitly {@link framefleet.v1.RunRecord.verify|verify} messages.
             * @param message RunRecord message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: framefleet.v1.RunRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified RunRecord message, length delimited. Does not implicitly {@link framefleet.v1.RunRecord.verify|verify} messages.
             * @param message RunRecord message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: framefleet.v1.RunRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RunRecord message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {framefleet.v1.RunRecord & framefleet.v1.RunRecord.$Shape} RunRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): framefleet.v1.RunRecord & framefleet.v1.RunRecord.$Shape;

            /**
             * Decodes a RunRecord message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {framefleet.v1.RunRecord & framefleet.v1.RunRecord.$Shape} RunRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): framefleet.v1.RunRecord & framefleet.v1.RunRecord.$Shape;

            /**
             * Verifies a RunRecord message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RunRecord message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RunRecord
             */
            static fromObject(object: { [k: string]: any }): framefleet.v1.RunRecord;

            /**
             * Creates a plain object from a RunRecord message. Also converts values to other types if specified.
             * @param message RunRecord
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: framefleet.v1.RunRecord, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RunRecord to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RunRecord
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RunRecord {

            /** Properties of a RunRecord. */
            interface $Properties {

                /** RunRecord runId */
                runId?: (string|null);

                /** RunRecord name */
                name?: (string|null);

                /** RunRecord benchmark */
                benchmark?: (string|null);

                /** RunRecord state */
                state?: (framefleet.v1.RunState|null);

                /** RunRecord specYaml */
                specYaml?: (string|null);

                /** RunRecord baseDir */
                baseDir?: (string|null);

                /** RunRecord outputDir */
                outputDir?: (string|null);

                /** RunRecord createdAtMs */
                createdAtMs?: (number|null);

                /** RunRecord updatedAtMs */
                updatedAtMs?: (number|null);

                /** RunRecord finishedAtMs */
                finishedAtMs?: (number|null);

                /** RunRecord counters */
                counters?: (framefleet.v1.RunCounters.$Properties|null);

                /** RunRecord publishedAll */
                publishedAll?: (boolean|null);

                /** RunRecord generatorBackend */
                generatorBackend?: (string|null);

                /** RunRecord evaluatorBackend */
                evaluatorBackend?: (string|null);

                /** RunRecord reason */
                reason?: (string|null);

                /** RunRecord generation */
                generation?: (number|null);

                /** RunRecord specFingerprint */
                specFingerprint?: (string|null);

                /** RunRecord lastItemDoneAtMs */
                lastItemDoneAtMs?: (number|null);

                /** RunRecord priorityClass */
                priorityClass?: (string|null);

                /** RunRecord priority */
                priority?: (number|null);

                /** RunRecord owner */
                owner?: (string|null);

                /** RunRecord team */
                team?: (string|null);

                /** RunRecord share */
                share?: (number|null);

                /** RunRecord admission */
                admission?: (boolean|null);

                /** RunRecord deviceMs */
                deviceMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RunRecord. */
            type $Shape = framefleet.v1.RunRecord.$Properties;
        }

        /**
         * Properties of an ItemRecord.
         * @deprecated Use framefleet.v1.ItemRecord.$Properties instead.
         */
        interface IItemRecord extends framefleet.v1.ItemRecord.$Properties {
        }

        /** Represents an ItemRecord. */
        class ItemRecord {

            /**
             * Constructs a new ItemRecord.
             * @param [properties] Properties to set
             */
            constructor(properties?: framefleet.v1.ItemRecord.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ItemRecord taskId. */
            taskId: string;

            /** ItemRecord runId. */
            runId: string;

            /** ItemRecord itemKey. */
            itemKey: string;

            /** ItemRecord prompt. */
            prompt: string;

            /** ItemRecord seed. */
            seed: number;

            /** ItemRecord sampleIndex. */
            sampleIndex: number;

            /** ItemRecord state. */
            state: framefleet.v1.ItemState;

            /** ItemRecord attempts. */
            attempts: number;

            /** ItemRecord node. */
            node: string;

            /** ItemRecord deviceUuid. */
            deviceUuid: string;

            /** ItemRecord backend. */
            backend: string;

            /** ItemRecord output. */
            output?: (framefleet.v1.OutputFile|null);

            /** ItemRecord genTimings. */
            genTimings?: (framefleet.v1.Timings|null);

            /** ItemRecord evalTaskId. */
            evalTaskId: string;

            /** ItemRecord evalTimings. */
            evalTimings?: (framefleet.v1.Timings|null);

            /** ItemRecord scores. */
            scores: { [k: string]: number };

            /** ItemRecord errors. */
            errors: framefleet.v1.TaskError[];

            /** ItemRecord video. */
            video?: (framefleet.v1.VideoParams|null);

            /** ItemRecord labels. */
            labels: { [k: string]: string };

            /** ItemRecord evalNode. */
            evalNode: string;

            /** ItemRecord outputPath. */
            outputPath: string;

            /** ItemRecord inputs. */
            inputs: { [k: string]: string };

            /** ItemRecord simulatedMs. */
            simulatedMs: number;

            /** ItemRecord startedAtMs. */
            startedAtMs: number;

            /** ItemRecord loads. */
            loads: framefleet.v1.BackendLoad[];

            /** ItemRecord params. */
            params: { [k: string]: string };

            /** ItemRecord evalMetrics. */
            evalMetrics: string[];

            /** ItemRecord evalInputs. */
            evalInputs: { [k: string]: string };

            /** ItemRecord evalParams. */
            evalParams: { [k: string]: string };

            /** ItemRecord admitted. */
            admitted: boolean;

            /** ItemRecord preemptions. */
            preemptions: number;

            /**
             * Creates a new ItemRecord instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ItemRecord instance
             */
            static create(properties: framefleet.v1.ItemRecord.$Shape): framefleet.v1.ItemRecord & framefleet.v1.ItemRecord.$Shape;
            static create(properties?: framefleet.v1.ItemRecord.$Properties): framefleet.v1.ItemRecord;

            /**
             * Encodes the specified ItemRecord message. Does not implicitly {@link framefleet.v1.ItemRecord.verify|verify} messages.
             * @param message ItemRecord message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: framefleet.v1.ItemRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ItemRecord message, length delimited. Does not implicitly {@link framefleet.v1.ItemRecord.verify|verify} messages.
             * @param message ItemRecord message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: framefleet.v1.ItemRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ItemRecord message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {framefleet.v1.ItemRecord & framefleet.v1.ItemRecord.$Shape} ItemRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): framefleet.v1.ItemRecord & framefleet.v1.ItemRecord.$Shape;

            /**
             * Decodes an ItemRecord message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {framefleet.v1.ItemRecord & framefleet.v1.ItemRecord.$Shape} ItemRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): framefleet.v1.ItemRecord & framefleet.v1.ItemRecord.$Shape;

            /**
             * Verifies an ItemRecord message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an ItemRecord message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ItemRecord
             */
            static fromObject(object: { [k: string]: any }): framefleet.v1.ItemRecord;

            /**
             * Creates a plain object from an ItemRecord message. Also converts values to other types if specified.
             * @param message ItemRecord
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: framefleet.v1.ItemRecord, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ItemRecord to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ItemRecord
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ItemRecord {

            /** Properties of an ItemRecord. */
            interface $Properties {

                /** ItemRecord taskId */
                taskId?: (string|null);

                /** ItemRecord runId */
                runId?: (string|null);

                /** ItemRecord itemKey */
                itemKey?: (string|null);

                /** ItemRecord prompt */
                prompt?: (string|null);

                /** ItemRecord seed */
                seed?: (number|null);

                /** ItemRecord sampleIndex */
                sampleIndex?: (number|null);

                /** ItemRecord state */
                state?: (framefleet.v1.ItemState|null);

                /** ItemRecord attempts */
                attempts?: (number|null);

                /** ItemRecord node */
                node?: (string|null);

                /** ItemRecord deviceUuid */
                deviceUuid?: (string|null);

                /** ItemRecord backend */
                backend?: (string|null);

                /** ItemRecord output */
                output?: (framefleet.v1.OutputFile.$Properties|null);

                /** ItemRecord genTimings */
                genTimings?: (framefleet.v1.Timings.$Properties|null);

                /** ItemRecord evalTaskId */
                evalTaskId?: (string|null);

                /** ItemRecord evalTimings */
                evalTimings?: (framefleet.v1.Timings.$Properties|null);

                /** ItemRecord scores */
                scores?: ({ [k: string]: number }|null);

                /** ItemRecord errors */
                errors?: (framefleet.v1.TaskError.$Properties[]|null);

                /** ItemRecord video */
                video?: (framefleet.v1.VideoParams.$Properties|null);

                /** ItemRecord labels */
                labels?: ({ [k: string]: string }|null);

                /** ItemRecord evalNode */
                evalNode?: (string|null);

                /** ItemRecord outputPath */
                outputPath?: (string|null);

                /** ItemRecord inputs */
                inputs?: ({ [k: string]: string }|null);

                /** ItemRecord simulatedMs */
                simulatedMs?: (number|null);

                /** ItemRecord startedAtMs */
                startedAtMs?: (number|null);

                /** ItemRecord loads */
                loads?: (framefleet.v1.BackendLoad.$Properties[]|null);

                /** ItemRecord params */
                params?: ({ [k: string]: string }|null);

                /** ItemRecord evalMetrics */
                evalMetrics?: (string[]|null);

                /** ItemRecord evalInputs */
                evalInputs?: ({ [k: string]: string }|null);

                /** ItemRecord evalParams */
                evalParams?: ({ [k: string]: string }|null);

                /** ItemRecord admitted */
                admitted?: (boolean|null);

                /** ItemRecord preemptions */
                preemptions?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ItemRecord. */
            type $Shape = framefleet.v1.ItemRecord.$Properties;
        }

        /**
         * Properties of an ItemOutcomes.
         * @deprecated Use framefleet.v1.ItemOutcomes.$Properties instead.
         */
        interface IItemOutcomes extends framefleet.v1.ItemOutcomes.$Properties {
        }

        /** Represents an ItemOutcomes. */
        class ItemOutcomes {

            /**
             * Constructs a new ItemOutcomes.
             * @param [properties] Properties to set
             */
            constructor(properties?: framefleet.v1.ItemOutcomes.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ItemOutcomes items. */
            items: framefleet.v1.ItemRecord[];

            /**
             * Creates a new ItemOutcomes instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ItemOutcomes instance
             */
            static create(properties: framefleet.v1.ItemOutcomes.$Shape): framefleet.v1.ItemOutcomes & framefleet.v1.ItemOutcomes.$Shape;
            static create(properties?: framefleet.v1.ItemOutcomes.$Properties): framefleet.v1.ItemOutcomes;

            /**
             * Encodes the specified ItemOutcomes message. Does not implicitly {@link framefleet.v1.ItemOutcomes.verify|verify} messages.
             * @param message ItemOutcomes message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: framefleet.v1.ItemOutcomes.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ItemOutcomes message, length delimited. Does not implicitly {@link framefleet.v1.ItemOutcomes.verify|verify} messages.
             * @param message ItemOutcomes message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: framefleet.v1.ItemOutcomes.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ItemOutcomes message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {framefleet.v1.ItemOutcomes & framefleet.v1.ItemOutcomes.$Shape} ItemOutcomes
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): framefleet.v1.ItemOutcomes & framefleet.v1.ItemOutcomes.$Shape;

            /**
             * Decodes an ItemOutcomes message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {framefleet.v1.ItemOutcomes & framefleet.v1.ItemOutcomes.$Shape} ItemOutcomes
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): framefleet.v1.ItemOutcomes & framefleet.v1.ItemOutcomes.$Shape;

            /**
             * Verifies an ItemOutcomes message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an ItemOutcomes message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ItemOutcomes
             */
            static fromObject(object: { [k: string]: any }): framefleet.v1.ItemOutcomes;

            /**
             * Creates a plain object from an ItemOutcomes message. Also converts values to other types if specified.
             * @param message ItemOutcomes
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: framefleet.v1.ItemOutcomes, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ItemOutcomes to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ItemOutcomes
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ItemOutcomes {

            /** Properties of an ItemOutcomes. */
            interface $Properties {

                /** ItemOutcomes items */
                items?: (framefleet.v1.ItemRecord.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ItemOutcomes. */
            type $Shape = framefleet.v1.ItemOutcomes.$Properties;
        }

        /** NodeState enum. */
        enum NodeState {

            /** NODE_STATE_UNSPECIFIED value */
            NODE_STATE_UNSPECIFIED = 0,

            /** NODE_STATE_ACTIVE value */
            NODE_STATE_ACTIVE = 1,

            /** NODE_STATE_DRAINING value */
            NODE_STATE_DRAINING = 2,

            /** NODE_STATE_DRAINED value */
            NODE_STATE_DRAINED = 3,

            /** NODE_STATE_STOPPED value */
            NODE_STATE_STOPPED = 4
        }

        /**
         * Properties of a DeviceProcess.
         * @deprecated Use framefleet.v1.DeviceProcess.$Properties instead.
         */
        interface IDeviceProcess extends framefleet.v1.DeviceProcess.$Properties {
        }

        /** Represents a DeviceProcess. */
        class DeviceProcess {

            /**
             * Constructs a new DeviceProcess.
             * @param [properties] Properties to set
             */
            constructor(properties?: framefleet.v1.DeviceProcess.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DeviceProcess pid. */
            pid: number;

            /** DeviceProcess name. */
            name: string;

            /** DeviceProcess usedMib. */
            usedMib: number;

            /** DeviceProcess ours. */
            ours: boolean;

            /**
             * Creates a new DeviceProcess instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DeviceProcess instance
             */
            static create(properties: framefleet.v1.DeviceProcess.$Shape): framefleet.v1.DeviceProcess & framefleet.v1.DeviceProcess.$Shape;
            static create(properties?: framefleet.v1.DeviceProcess.$Properties): framefleet.v1.DeviceProcess;

            /**
             * Encodes the specified DeviceProcess message. Does not implicitly {@link framefleet.v1.DeviceProcess.verify|verify} messages.
             * @param message DeviceProcess message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: framefleet.v1.DeviceProcess.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified DeviceProcess message, length delimited. Does not implicitly {@link framefleet.v1.DeviceProcess.verify|verify} messages.
             * @param message DeviceProcess message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: framefleet.v1.DeviceProcess.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeviceProcess message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {framefleet.v1.DeviceProcess & framefleet.v1.DeviceProcess.$Shape} DeviceProcess
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): framefleet.v1.DeviceProcess & framefleet.v1.DeviceProcess.$Shape;

            /**
             * Decodes a DeviceProcess message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {framefleet.v1.DeviceProcess & framefleet.v1.DeviceProcess.$Shape} DeviceProcess
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): framefleet.v1.DeviceProcess & framefleet.v1.DeviceProcess.$Shape;

            /**
             * Verifies a DeviceProcess message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DeviceProcess message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DeviceProcess
             */
            static fromObject(object: { [k: string]: any }): framefleet.v1.DeviceProcess;

            /**
             * Creates a plain object from a DeviceProcess message. Also converts values to other types if specified.
             * @param message DeviceProcess
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: framefleet.v1.DeviceProcess, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DeviceProcess to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DeviceProcess
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DeviceProcess {

            /** Properties of a DeviceProcess. */
            interface $Properties {

                /** DeviceProcess pid */
                pid?: (number|null);

                /** DeviceProcess name */
                name?: (string|null);

                /** DeviceProcess usedMib */
                usedMib?: (number|null);

                /** DeviceProcess ours */
                ours?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DeviceProcess. */
            type $Shape = framefleet.v1.DeviceProcess.$Properties;
        }

        /**
         * Properties of a DeviceStatus.
         * @deprecated Use framefleet.v1.DeviceStatus.$Properties instead.
         */
        interface IDeviceStatus extends framefleet.v1.DeviceStatus.$Properties {
        }

        /** Represents a DeviceStatus. */
        class DeviceStatus {

            /**
             * Constructs a new DeviceStatus.
             * @param [properties] Properties to set
             */
            constructor(properties?: framefleet.v1.DeviceStatus.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DeviceStatus uuid. */
            uuid: string;

            /** DeviceStatus name. */
            name: string;

            /** DeviceStatus index. */
            index: number;

            /** DeviceStatus totalMib. */
            totalMib: number;

            /** DeviceStatus usedMib. */
            usedMib: number;

            /** DeviceStatus freeMib. */
            freeMib: number;

            /** DeviceStatus foreignMib. */
            foreignMib: number;

            /** DeviceStatus utilisationPct. */
            utilisationPct: number;

            /** DeviceStatus processes. */
            processes: framefleet.v1.DeviceProcess[];

            /** DeviceStatus runningTaskId. */
            runningTaskId: string;

            /** DeviceStatus runningBackend. */
            runningBackend: string;

            /** DeviceStatus loadedBackend. */
            loadedBackend: string;

            /** DeviceStatus coolingUntilMs. */
            coolingUntilMs: number;

            /** DeviceStatus runningProgress. */
            runningProgress: number;

            /** DeviceStatus runningStage. */
            runningStage: string;

            /** DeviceStatus runningRunId. */
            runningRunId: string;

            /** DeviceStatus runningItemKey. */
            runningItemKey: string;

            /** DeviceStatus runningAttempt. */
            runningAttempt: number;

            /** DeviceStatus runningStartedAtMs. */
            runningStartedAtMs: number;

            /** DeviceStatus source. */
            source: string;

            /**
             * Creates a new DeviceStatus instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DeviceStatus instance
             */
            static create(properties: framefleet.v1.DeviceStatus.$Shape): framefleet.v1.DeviceStatus & framefleet.v1.DeviceStatus.$Shape;
            static create(properties?: framefleet.v1.DeviceStatus.$Properties): framefleet.v1.DeviceStatus;

            /**
             * Encodes the specified DeviceStatus message. Does not implicitly {@link framefleet.v1.DeviceStatus.verify|verify} messages.
             * @param message DeviceStatus message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: framefleet.v1.DeviceStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified DeviceStatus message, length delimited. Does not implicitly {@link framefleet.v1.DeviceStatus.verify|verify} messages.
             * @param message DeviceStatus message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: framefleet.v1.DeviceStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeviceStatus message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {framefleet.v1.DeviceStatus & framefleet.v1.DeviceStatus.$Shape} DeviceStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): framefleet.v1.DeviceStatus & framefleet.v1.DeviceStatus.$Shape;

            /**
             * Decodes a DeviceStatus message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {framefleet.v1.DeviceStatus & framefleet.v1.DeviceStatus.$Shape} DeviceStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): framefleet.v1.DeviceStatus & framefleet.v1.DeviceStatus.$Shape;

            /**
             * Verifies a DeviceStatus message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DeviceStatus message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DeviceStatus
             */
            static fromObject(object: { [k: string]: any }): framefleet.v1.DeviceStatus;

            /**
             * Creates a plain object from a DeviceStatus message. Also converts values to other types if specified.
             * @param message DeviceStatus
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: framefleet.v1.DeviceStatus, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DeviceStatus to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DeviceStatus
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DeviceStatus {

            /** Properties of a DeviceStatus. */
            interface $Properties {

                /** DeviceStatus uuid */
                uuid?: (string|null);

                /** DeviceStatus name */
                name?: (string|null);

                /** DeviceStatus index */
                index?: (number|null);

                /** DeviceStatus totalMib */
                totalMib?: (number|null);

                /** DeviceStatus usedMib */
                usedMib?: (number|null);

                /** DeviceStatus freeMib */
                freeMib?: (number|null);

                /** DeviceStatus foreignMib */
                foreignMib?: (number|null);

                /** DeviceStatus utilisationPct */
                utilisationPct?: (number|null);

                /** DeviceStatus processes */
                processes?: (framefleet.v1.DeviceProcess.$Properties[]|null);

                /** DeviceStatus runningTaskId */
                runningTaskId?: (string|null);

                /** DeviceStatus runningBackend */
                runningBackend?: (string|null);

                /** DeviceStatus loadedBackend */
                loadedBackend?: (string|null);

                /** DeviceStatus coolingUntilMs */
                coolingUntilMs?: (number|null);

                /** DeviceStatus runningProgress */
                runningProgress?: (number|null);

                /** DeviceStatus runningStage */
                runningStage?: (string|null);

                /** DeviceStatus runningRunId */
                runningRunId?: (string|null);

                /** DeviceStatus runningItemKey */
                runningItemKey?: (string|null);

                /** DeviceStatus runningAttempt */
                runningAttempt?: (number|null);

                /** DeviceStatus runningStartedAtMs */
                runningStartedAtMs?: (number|null);

                /** DeviceStatus source */
                source?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DeviceStatus. */
            type $Shape = framefleet.v1.DeviceStatus.$Properties;
        }

        /**
         * Properties of a NodeAdvert.
         * @deprecated Use framefleet.v1.NodeAdvert.$Properties instead.
         */
        interface INodeAdvert extends framefleet.v1.NodeAdvert.$Properties {
        }

        /** Represents a NodeAdvert. */
        class NodeAdvert {

            /**
             * Constructs a new NodeAdvert.
             * @param [properties] Properties to set
             */
            constructor(properties?: framefleet.v1.NodeAdvert.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NodeAdvert node. */
            node: string;

            /** NodeAdvert role. */
            role: string;

            /** NodeAdvert state. */
            state: framefleet.v1.NodeState;

            /** NodeAdvert version. */
            version: string;

            /** NodeAdvert backends. */
            backends: string[];

            /** NodeAdvert devices. */
            devices: framefleet.v1.DeviceStatus[];

            /** NodeAdvert sentAtMs. */
            sentAtMs: number;

            /** NodeAdvert startedAtMs. */
            startedAtMs: number;

            /** NodeAdvert metricsUrl. */
            metricsUrl: string;

            /** NodeAdvert tasksDone. */
            tasksDone: number;

            /** NodeAdvert tasksFailed. */
            tasksFailed: number;

            /** NodeAdvert advertIntervalMs. */
            advertIntervalMs: number;

            /** NodeAdvert pausedReason. */
            pausedReason: string;

            /**
             * Creates a new NodeAdvert instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NodeAdvert instance
             */
            static create(properties: framefleet.v1.NodeAdvert.$Shape): framefleet.v1.NodeAdvert & framefleet.v1.NodeAdvert.$Shape;
            static create(properties?: framefleet.v1.NodeAdvert.$Properties): framefleet.v1.NodeAdvert;

            /**
             * Encodes the specified NodeAdvert message. Does not implicitly {@link framefleet.v1.NodeAdvert.verify|verify} messages.
             * @param message NodeAdvert message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: framefleet.v1.NodeAdvert.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified NodeAdvert message, length delimited. Does not implicitly {@link framefleet.v1.NodeAdvert.verify|verify} messages.
             * @param message NodeAdvert message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: framefleet.v1.NodeAdvert.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NodeAdvert message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {framefleet.v1.NodeAdvert & framefleet.v1.NodeAdvert.$Shape} NodeAdvert
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): framefleet.v1.NodeAdvert & framefleet.v1.NodeAdvert.$Shape;

            /**
             * Decodes a NodeAdvert message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {framefleet.v1.NodeAdvert & framefleet.v1.NodeAdvert.$Shape} NodeAdvert
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): framefleet.v1.NodeAdvert & framefleet.v1.NodeAdvert.$Shape;

            /**
             * Verifies a NodeAdvert message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a NodeAdvert message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns NodeAdvert
             */
            static fromObject(object: { [k: string]: any }): framefleet.v1.NodeAdvert;

            /**
             * Creates a plain object from a NodeAdvert message. Also converts values to other types if specified.
             * @param message NodeAdvert
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: framefleet.v1.NodeAdvert, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this NodeAdvert to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for NodeAdvert
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace NodeAdvert {

            /** Properties of a NodeAdvert. */
            interface $Properties {

                /** NodeAdvert node */
                node?: (string|null);

                /** NodeAdvert role */
                role?: (string|null);

                /** NodeAdvert state */
                state?: (framefleet.v1.NodeState|null);

                /** NodeAdvert version */
                version?: (string|null);

                /** NodeAdvert backends */
                backends?: (string[]|null);

                /** NodeAdvert devices */
                devices?: (framefleet.v1.DeviceStatus.$Properties[]|null);

                /** NodeAdvert sentAtMs */
                sentAtMs?: (number|null);

                /** NodeAdvert startedAtMs */
                startedAtMs?: (number|null);

                /** NodeAdvert metricsUrl */
                metricsUrl?: (string|null);

                /** NodeAdvert tasksDone */
                tasksDone?: (number|null);

                /** NodeAdvert tasksFailed */
                tasksFailed?: (number|null);

                /** NodeAdvert advertIntervalMs */
                advertIntervalMs?: (number|null);

                /** NodeAdvert pausedReason */
                pausedReason?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NodeAdvert. */
            type $Shape = framefleet.v1.NodeAdvert.$Properties;
        }

        /**
         * Properties of a NodeCommand.
         * @deprecated Use framefleet.v1.NodeCommand.$Properties instead.
         */
        interface INodeCommand extends framefleet.v1.NodeCommand.$Properties {
        }

        /** Represents a NodeCommand. */
        class NodeCommand {

            /**
             * Constructs a new NodeCommand.
             * @param [properties] Properties to set
             */
            constructor(properties?: framefleet.v1.NodeCommand.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NodeCommand drain. */
            drain?: (framefleet.v1.DrainCommand|null);

            /** NodeCommand undrain. */
            undrain?: (framefleet.v1.UndrainCommand|null);

            /** NodeCommand cancel. */
            cancel?: (framefleet.v1.CancelRunCommand|null);

            /** NodeCommand preempt. */
            preempt?: (framefleet.v1.PreemptCommand|null);

            /** NodeCommand command. */
            command?: ("drain"|"undrain"|"cancel"|"preempt");

            /**
             * Creates a new NodeCommand instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NodeCommand instance
             */
            static create(properties: framefleet.v1.NodeCommand.$Shape): framefleet.v1.NodeCommand & framefleet.v1.NodeCommand.$Shape;
            static create(properties?: framefleet.v1.NodeCommand.$Properties): framefleet.v1.NodeCommand;

            /**
             * Encodes the specified NodeCommand message. Does not implicitly {@link framefleet.v1.NodeCommand.verify|verify} messages.
             * @param message NodeCommand message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: framefleet.v1.NodeCommand.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified NodeCommand message, length delimited. Does not implicitly {@link framefleet.v1.NodeCommand.verify|verify} messages.
             * @param message NodeCommand message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: framefleet.v1.NodeCommand.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NodeCommand message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {framefleet.v1.NodeCommand & framefleet.v1.NodeCommand.$Shape} NodeCommand
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): framefleet.v1.NodeCommand & framefleet.v1.NodeCommand.$Shape;

            /**
             * Decodes a NodeCommand message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {framefleet.v1.NodeCommand & framefleet.v1.NodeCommand.$Shape} NodeCommand
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): framefleet.v1.NodeCommand & framefleet.v1.NodeCommand.$Shape;

            /**
             * Verifies a NodeCommand message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a NodeCommand message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns NodeCommand
             */
            static fromObject(object: { [k: string]: any }): framefleet.v1.NodeCommand;

            /**
             * Creates a plain object from a NodeCommand message. Also converts values to other types if specified.
             * @param message NodeCommand
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: framefleet.v1.NodeCommand, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this NodeCommand to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for NodeCommand
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace NodeCommand {

            /** Properties of a NodeCommand. */
            interface $Properties {

                /** NodeCommand drain */
                drain?: (framefleet.v1.DrainCommand.$Properties|null);

                /** NodeCommand undrain */
                undrain?: (framefleet.v1.UndrainCommand.$Properties|null);

                /** NodeCommand cancel */
                cancel?: (framefleet.v1.CancelRunCommand.$Properties|null);

                /** NodeCommand preempt */
                preempt?: (framefleet.v1.PreemptCommand.$Properties|null);

                /** NodeCommand command */
                command?: ("drain"|"undrain"|"cancel"|"preempt");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a NodeCommand. */
            type $Shape = {
              drain?: framefleet.v1.DrainCommand.$Shape|null;
              undrain?: framefleet.v1.UndrainCommand.$Shape|null;
              cancel?: framefleet.v1.CancelRunCommand.$Shape|null;
              preempt?: framefleet.v1.PreemptCommand.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ command?: undefined; drain?: null; undrain?: null; cancel?: null; preempt?: null }|{ command?: "drain"; drain: framefleet.v1.DrainCommand.$Shape; undrain?: null; cancel?: null; preempt?: null }|{ command?: "undrain"; drain?: null; undrain: framefleet.v1.UndrainCommand.$Shape; cancel?: null; preempt?: null }|{ command?: "cancel"; drain?: null; undrain?: null; cancel: framefleet.v1.CancelRunCommand.$Shape; preempt?: null }|{ command?: "preempt"; drain?: null; undrain?: null; cancel?: null; preempt: framefleet.v1.PreemptCommand.$Shape })
            );
        }

        /**
         * Properties of a PreemptCommand.
         * @deprecated Use framefleet.v1.PreemptCommand.$Properties instead.
         */
        interface IPreemptCommand extends framefleet.v1.PreemptCommand.$Properties {
        }

        /** Represents a PreemptCommand. */
        class PreemptCommand {

            /**
             * Constructs a new PreemptCommand.
             * @param [properties] Properties to set
             */
            constructor(properties?: framefleet.v1.PreemptCommand.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PreemptCommand taskId. */
            taskId: string;

            /** PreemptCommand runId. */
            runId: string;

            /** PreemptCommand reason. */
            reason: string;

            /**
             * Creates a new PreemptCommand instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PreemptCommand instance
             */
            static create(properties: framefleet.v1.PreemptCommand.$Shape): framefleet.v1.PreemptCommand & framefleet.v1.PreemptCommand.$Shape;
            static create(properties?: framefleet.v1.PreemptCommand.$Properties): framefleet.v1.PreemptCommand;

            /**
             * Encodes the specified PreemptCommand message. Does not implicitly {@link framefleet.v1.PreemptCommand.verify|verify} messages.
             * @param message PreemptCommand message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: framefleet.v1.PreemptCommand.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified PreemptCommand message, length delimited. Does not implicitly {@link framefleet.v1.PreemptCommand.verify|verify} messages.
             * @param message PreemptCommand message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: framefleet.v1.PreemptCommand.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PreemptCommand message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {framefleet.v1.PreemptCommand & framefleet.v1.PreemptCommand.$Shape} PreemptCommand
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): framefleet.v1.PreemptCommand & framefleet.v1.PreemptCommand.$Shape;

            /**
             * Decodes a PreemptCommand message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {framefleet.v1.PreemptCommand & framefleet.v1.PreemptCommand.$Shape} PreemptCommand
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): framefleet.v1.PreemptCommand & framefleet.v1.PreemptCommand.$Shape;

            /**
             * Verifies a PreemptCommand message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PreemptCommand message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PreemptCommand
             */
            static fromObject(object: { [k: string]: any }): framefleet.v1.PreemptCommand;

            /**
             * Creates a plain object from a PreemptCommand message. Also converts values to other types if specified.
             * @param message PreemptCommand
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: framefleet.v1.PreemptCommand, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PreemptCommand to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PreemptCommand
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PreemptCommand {

            /** Properties of a PreemptCommand. */
            interface $Properties {

                /** PreemptCommand taskId */
                taskId?: (string|null);

                /** PreemptCommand runId */
                runId?: (string|null);

                /** PreemptCommand reason */
                reason?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PreemptCommand. */
            type $Shape = framefleet.v1.PreemptCommand.$Properties;
        }

        /**
         * Properties of a DrainCommand.
         * @deprecated Use framefleet.v1.DrainCommand.$Properties instead.
         */
        interface IDrainCommand extends framefleet.v1.DrainCommand.$Properties {
        }

        /** Represents a DrainCommand. */
        class DrainCommand {

            /**
             * Constructs a new DrainCommand.
             * @param [properties] Properties to set
             */
            constructor(properties?: framefleet.v1.DrainCommand.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DrainCommand deadlineMs. */
            deadlineMs: number;

            /**
             * Creates a new DrainCommand instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DrainCommand instance
             */
            static create(properties: framefleet.v1.DrainCommand.$Shape): framefleet.v1.DrainCommand & framefleet.v1.DrainCommand.$Shape;
            static create(properties?: framefleet.v1.DrainCommand.$Properties): framefleet.v1.DrainCommand;

            /**
             * Encodes the specified DrainCommand message. Does not implicitly {@link framefleet.v1.DrainCommand.verify|verify} messages.
             * @param message DrainCommand message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: framefleet.v1.DrainCommand.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified DrainCommand message, length delimited. Does not implicitly {@link framefleet.v1.DrainCommand.verify|verify} messages.
             * @param message DrainCommand message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: framefleet.v1.DrainCommand.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DrainCommand message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {framefleet.v1.DrainCommand & framefleet.v1.DrainCommand.$Shape} DrainCommand
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): framefleet.v1.DrainCommand & framefleet.v1.DrainCommand.$Shape;

            /**
             * Decodes a DrainCommand message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {framefleet.v1.DrainCommand & framefleet.v1.DrainCommand.$Shape} DrainCommand
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): framefleet.v1.DrainCommand & framefleet.v1.DrainCommand.$Shape;

            /**
             * Verifies a DrainCommand message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DrainCommand message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DrainCommand
             */
            static fromObject(object: { [k: string]: any }): framefleet.v1.DrainCommand;

            /**
             * Creates a plain object from a DrainCommand message. Also converts values to other types if specified.
             * @param message DrainCommand
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: framefleet.v1.DrainCommand, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DrainCommand to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DrainCommand
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DrainCommand {

            /** Properties of a DrainCommand. */
            interface $Properties {

                /** DrainCommand deadlineMs */
                deadlineMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DrainCommand. */
            type $Shape = framefleet.v1.DrainCommand.$Properties;
        }

        /**
         * Properties of an UndrainCommand.
         * @deprecated Use framefleet.v1.UndrainCommand.$Properties instead.
         */
        interface IUndrainCommand extends framefleet.v1.UndrainCommand.$Properties {
        }

        /** Represents an UndrainCommand. */
        class UndrainCommand {

            /**
             * Constructs a new UndrainCommand.
             * @param [properties] Properties to set
             */
            constructor(properties?: framefleet.v1.UndrainCommand.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new UndrainCommand instance using the specified properties.
             * @param [properties] Properties to set
             * @returns UndrainCommand instance
             */
            static create(properties: framefleet.v1.UndrainCommand.$Shape): framefleet.v1.UndrainCommand & framefleet.v1.UndrainCommand.$Shape;
            static create(properties?: framefleet.v1.UndrainCommand.$Properties): framefleet.v1.UndrainCommand;

            /**
             * Encodes the specified UndrainCommand message. Does not implicitly {@link framefleet.v1.UndrainCommand.verify|verify} messages.
             * @param message UndrainCommand message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: framefleet.v1.UndrainCommand.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified UndrainCommand message, length delimited. Does not implicitly {@link framefleet.v1.UndrainCommand.verify|verify} messages.
             * @param message UndrainCommand message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: framefleet.v1.UndrainCommand.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an UndrainCommand message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {framefleet.v1.UndrainCommand & framefleet.v1.UndrainCommand.$Shape} UndrainCommand
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): framefleet.v1.UndrainCommand & framefleet.v1.UndrainCommand.$Shape;

            /**
             * Decodes an UndrainCommand message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {framefleet.v1.UndrainCommand & framefleet.v1.UndrainCommand.$Shape} UndrainCommand
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): framefleet.v1.UndrainCommand & framefleet.v1.UndrainCommand.$Shape;

            /**
             * Verifies an UndrainCommand message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an UndrainCommand message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns UndrainCommand
             */
            static fromObject(object: { [k: string]: any }): framefleet.v1.UndrainCommand;

            /**
             * Creates a plain object from an UndrainCommand message. Also converts values to other types if specified.
             * @param message UndrainCommand
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: framefleet.v1.UndrainCommand, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this UndrainCommand to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for UndrainCommand
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace UndrainCommand {

            /** Properties of an UndrainCommand. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an UndrainCommand. */
            type $Shape = framefleet.v1.UndrainCommand.$Properties;
        }

        /**
         * Properties of a CancelRunCommand.
         * @deprecated Use framefleet.v1.CancelRunCommand.$Properties instead.
         */
        interface ICancelRunCommand extends framefleet.v1.CancelRunCommand.$Properties {
        }

        /** Represents a CancelRunCommand. */
        class CancelRunCommand {

            /**
             * Constructs a new CancelRunCommand.
             * @param [properties] Properties to set
             */
            constructor(properties?: framefleet.v1.CancelRunCommand.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CancelRunCommand runId. */
            runId: string;

            /**
             * Creates a new CancelRunCommand instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CancelRunCommand instance
             */
            static create(properties: framefleet.v1.CancelRunCommand.$Shape): framefleet.v1.CancelRunCommand & framefleet.v1.CancelRunCommand.$Shape;
            static create(properties?: framefleet.v1.CancelRunCommand.$Properties): framefleet.v1.CancelRunCommand;

            /**
             * Encodes the specified CancelRunCommand message. Does not implicitly {@link framefleet.v1.CancelRunCommand.verify|verify} messages.
             * @param message CancelRunCommand message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: framefleet.v1.CancelRunCommand.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified CancelRunCommand message, length delimited. Does not implicitly {@link framefleet.v1.CancelRunCommand.verify|verify} messages.
             * @param message CancelRunCommand message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: framefleet.v1.CancelRunCommand.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CancelRunCommand message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {framefleet.v1.CancelRunCommand & framefleet.v1.CancelRunCommand.$Shape} CancelRunCommand
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): framefleet.v1.CancelRunCommand & framefleet.v1.CancelRunCommand.$Shape;

            /**
             * Decodes a CancelRunCommand message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {framefleet.v1.CancelRunCommand & framefleet.v1.CancelRunCommand.$Shape} CancelRunCommand
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): framefleet.v1.CancelRunCommand & framefleet.v1.CancelRunCommand.$Shape;

            /**
             * Verifies a CancelRunCommand message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a CancelRunCommand message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CancelRunCommand
             */
            static fromObject(object: { [k: string]: any }): framefleet.v1.CancelRunCommand;

            /**
             * Creates a plain object from a CancelRunCommand message. Also converts values to other types if specified.
             * @param message CancelRunCommand
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: framefleet.v1.CancelRunCommand, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CancelRunCommand to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CancelRunCommand
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CancelRunCommand {

            /** Properties of a CancelRunCommand. */
            interface $Properties {

                /** CancelRunCommand runId */
                runId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CancelRunCommand. */
            type $Shape = framefleet.v1.CancelRunCommand.$Properties;
        }

        /**
         * Properties of a NodeCommandReply.
         * @deprecated Use framefleet.v1.NodeCommandReply.$Properties instead.
         */
        interface INodeCommandReply extends framefleet.v1.NodeCommandReply.$Properties {
        }

        /** Represents a NodeCommandReply. */
        class NodeCommandReply {

            /**
             * Constructs a new NodeCommandReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: framefleet.v1.NodeCommandReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NodeCommandReply ok. */
            ok: boolean;

            /** NodeCommandReply message. */
            message: string;

            /** NodeCommandReply state. */
            state: framefleet.v1.NodeState;

            /**
             * Creates a new NodeCommandReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NodeCommandReply instance
             */
            static create(properties: framefleet.v1.NodeCommandReply.$Shape): framefleet.v1.NodeCommandReply & framefleet.v1.NodeCommandReply.$Shape;
            static create(properties?: framefleet.v1.NodeCommandReply.$Properties): framefleet.v1.NodeCommandReply;

            /**
             * Encodes the specified NodeCommandReply message. Does not implicitly {@link framefleet.v1.NodeCommandReply.verify|verify} messages.
             * @param message NodeCommandReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: framefleet.v1.NodeCommandReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified NodeCommandReply message, length delimited. Does not implicitly {@link framefleet.v1.NodeCommandReply.verify|verify} messages.
             * @param message NodeCommandReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: framefleet.v1.NodeCommandReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NodeCommandReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {framefleet.v1.NodeCommandReply & framefleet.v1.NodeCommandReply.$Shape} NodeCommandReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): framefleet.v1.NodeCommandReply & framefleet.v1.NodeCommandReply.$Shape;

            /**
             * Decodes a NodeCommandReply message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {framefleet.v1.NodeCommandReply & framefleet.v1.NodeCommandReply.$Shape} NodeCommandReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): framefleet.v1.NodeCommandReply & framefleet.v1.NodeCommandReply.$Shape;

            /**
             * Verifies a NodeCommandReply message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a NodeCommandReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns NodeCommandReply
             */
            static fromObject(object: { [k: string]: any }): framefleet.v1.NodeCommandReply;

            /**
             * Creates a plain object from a NodeCommandReply message. Also converts values to other types if specified.
             * @param message NodeCommandReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: framefleet.v1.NodeCommandReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this NodeCommandReply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for NodeCommandReply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace NodeCommandReply {

            /** Properties of a NodeCommandReply. */
            interface $Properties {

                /** NodeCommandReply ok */
                ok?: (boolean|null);

                /** NodeCommandReply message */
                message?: (string|null);

                /** NodeCommandReply state */
                state?: (framefleet.v1.NodeState|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NodeCommandReply. */
            type $Shape = framefleet.v1.NodeCommandReply.$Properties;
        }

        /**
         * Properties of a Task.
         * @deprecated Use framefleet.v1.Task.$Properties instead.
         */
        interface ITask extends framefleet.v1.Task.$Properties {
        }

        /** Represents a Task. */
        class Task {

            /**
             * Constructs a new Task.
             * @param [properties] Properties to set
             */
            constructor(properties?: framefleet.v1.Task.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Task taskId. */
            taskId: string;

            /** Task runId. */
            runId: string;

            /** Task kind. */
            kind: framefleet.v1.TaskKind;

            /** Task backend. */
            backend: string;

            /** Task itemKey. */
            itemKey: string;

            /** Task sampleIndex. */
            sampleIndex: number;

            /** Task seed. */
            seed: number;

            /** Task publishedAtMs. */
            publishedAtMs: number;

            /** Task maxAttempts. */
            maxAttempts: number;

            /** Task labels. */
            labels: { [k: string]: string };

            /** Task generate. */
            generate?: (framefleet.v1.GenerateTask|null);

            /** Task evaluate. */
            evaluate?: (framefleet.v1.EvaluateTask|null);

            /** Task body. */
            body?: ("generate"|"evaluate");

            /**
             * Creates a new Task instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Task instance
             */
            static create(properties: framefleet.v1.Task.$Shape): framefleet.v1.Task & framefleet.v1.Task.$Shape;
            static create(properties?: framefleet.v1.Task.$Properties): framefleet.v1.Task;

            /**
             * Encodes the specified Task message. Does not implicitly {@link framefleet.v1.Task.verify|verify} messages.
             * @param message Task message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: framefleet.v1.Task.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Task message, length delimited. Does not implicitly {@link framefleet.v1.Task.verify|verify} messages.
             * @param message Task message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: framefleet.v1.Task.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Task message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {framefleet.v1.Task & framefleet.v1.Task.$Shape} Task
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): framefleet.v1.Task & framefleet.v1.Task.$Shape;

            /**
             * Decodes a Task message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {framefleet.v1.Task & framefleet.v1.Task.$Shape} Task
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): framefleet.v1.Task & framefleet.v1.Task.$Shape;

            /**
             * Verifies a Task message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Task message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Task
             */
            static fromObject(object: { [k: string]: any }): framefleet.v1.Task;

            /**
             * Creates a plain object from a Task message. Also converts values to other types if specified.
             * @param message Task
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: framefleet.v1.Task, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Task to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Task
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Task {

            /** Properties of a Task. */
            interface $Properties {

                /** Task taskId */
                taskId?: (string|null);

                /** Task runId */
                runId?: (string|null);

                /** Task kind */
                kind?: (framefleet.v1.TaskKind|null);

                /** Task backend */
                backend?: (string|null);

                /** Task itemKey */
                itemKey?: (string|null);

                /** Task sampleIndex */
                sampleIndex?: (number|null);

                /** Task seed */
                seed?: (number|null);

                /** Task publishedAtMs */
                publishedAtMs?: (number|null);

                /** Task maxAttempts */
                maxAttempts?: (number|null);

                /** Task labels */
                labels?: ({ [k: string]: string }|null);

                /** Task generate */
                generate?: (framefleet.v1.GenerateTask.$Properties|null);

                /** Task evaluate */
                evaluate?: (framefleet.v1.EvaluateTask.$Properties|null);

                /** Task body */
                body?: ("generate"|"evaluate");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a Task. */
            type $Shape = {
              taskId?: string|null;
              runId?: string|null;
              kind?: framefleet.v1.TaskKind|null;
              backend?: string|null;
              itemKey?: string|null;
              sampleIndex?: number|null;
              seed?: number|null;
              publishedAtMs?: number|null;
              maxAttempts?: number|null;
              labels?: { [k: string]: string }|null;
              generate?: framefleet.v1.GenerateTask.$Shape|null;
              evaluate?: framefleet.v1.EvaluateTask.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; generate?: null; evaluate?: null }|{ body?: "generate"; generate: framefleet.v1.GenerateTask.$Shape; evaluate?: null }|{ body?: "evaluate"; generate?: null; evaluate: framefleet.v1.EvaluateTask.$Shape })
            );
        }

        /**
         * Properties of a GenerateTask.
         * @deprecated Use framefleet.v1.GenerateTask.$Properties instead.
         */
        interface IGenerateTask extends framefleet.v1.GenerateTask.$Properties {
        }

        /** Represents a GenerateTask. */
        class GenerateTask {

            /**
             * Constructs a new GenerateTask.
             * @param [properties] Properties to set
             */
            constructor(properties?: framefleet.v1.GenerateTask.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GenerateTask prompt. */
            prompt: string;

            /** GenerateTask video. */
            video?: (framefleet.v1.VideoParams|null);

            /** GenerateTask outputPath. */
            outputPath: string;

            /** GenerateTask inputs. */
            inputs: { [k: string]: string };

            /** GenerateTask params. */
            params: { [k: string]: string };

            /** GenerateTask simulatedMs. */
            simulatedMs: number;

            /**
             * Creates a new GenerateTask instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GenerateTask instance
             */
            static create(properties: framefleet.v1.GenerateTask.$Shape): framefleet.v1.GenerateTask & framefleet.v1.GenerateTask.$Shape;
            static create(properties?: framefleet.v1.GenerateTask.$Properties): framefleet.v1.GenerateTask;

            /**
             * Encodes the specified GenerateTask message. Does not implicitly {@link framefleet.v1.GenerateTask.verify|verify} messages.
             * @param message GenerateTask message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: framefleet.v1.GenerateTask.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified GenerateTask message, length delimited. Does not implicitly {@link framefleet.v1.GenerateTask.verify|verify} messages.
             * @param message GenerateTask message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: framefleet.v1.GenerateTask.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GenerateTask message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {framefleet.v1.GenerateTask & framefleet.v1.GenerateTask.$Shape} GenerateTask
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): framefleet.v1.GenerateTask & framefleet.v1.GenerateTask.$Shape;

            /**
             * Decodes a GenerateTask message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {framefleet.v1.GenerateTask & framefleet.v1.GenerateTask.$Shape} GenerateTask
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): framefleet.v1.GenerateTask & framefleet.v1.GenerateTask.$Shape;

            /**
             * Verifies a GenerateTask message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GenerateTask message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GenerateTask
             */
            static fromObject(object: { [k: string]: any }): framefleet.v1.GenerateTask;

            /**
             * Creates a plain object from a GenerateTask message. Also converts values to other types if specified.
             * @param message GenerateTask
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: framefleet.v1.GenerateTask, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GenerateTask to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GenerateTask
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GenerateTask {

            /** Properties of a GenerateTask. */
            interface $Properties {

                /** GenerateTask prompt */
                prompt?: (string|null);

                /** GenerateTask video */
                video?: (framefleet.v1.VideoParams.$Properties|null);

                /** GenerateTask outputPath */
                outputPath?: (string|null);

                /** GenerateTask inputs */
                inputs?: ({ [k: string]: string }|null);

                /** GenerateTask params */
                params?: ({ [k: string]: string }|null);

                /** GenerateTask simulatedMs */
                simulatedMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GenerateTask. */
            type $Shape = framefleet.v1.GenerateTask.$Properties;
        }

        /**
         * Properties of an EvaluateTask.
         * @deprecated Use framefleet.v1.EvaluateTask.$Properties instead.
         */
        interface IEvaluateTask extends framefleet.v1.EvaluateTask.$Properties {
        }

        /** Represents an EvaluateTask. */
        class EvaluateTask {

            /**
             * Constructs a new EvaluateTask.
             * @param [properties] Properties to set
             */
            constructor(properties?: framefleet.v1.EvaluateTask.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** EvaluateTask genTaskId. */
            genTaskId: string;

            /** EvaluateTask videoPath. */
            videoPath: string;

            /** EvaluateTask videoSha256. */
            videoSha256: string;

            /** EvaluateTask expected. */
            expected?: (framefleet.v1.VideoParams|null);

            /** EvaluateTask metrics. */
            metrics: string[];

            /** EvaluateTask prompt. */
            prompt: string;

            /** EvaluateTask inputs. */
            inputs: { [k: string]: string };

            /** EvaluateTask params. */
            params: { [k: string]: string };

            /**
             * Creates a new EvaluateTask instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EvaluateTask instance
             */
            static create(properties: framefleet.v1.EvaluateTask.$Shape): framefleet.v1.EvaluateTask & framefleet.v1.EvaluateTask.$Shape;
            static create(properties?: framefleet.v1.EvaluateTask.$Properties): framefleet.v1.EvaluateTask;

            /**
             * Encodes the specified EvaluateTask message. Does not implicitly {@link framefleet.v1.EvaluateTask.verify|verify} messages.
             * @param message EvaluateTask message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: framefleet.v1.EvaluateTask.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified EvaluateTask message, length delimited. Does not implicitly {@link framefleet.v1.EvaluateTask.verify|verify} messages.
             * @param message EvaluateTask message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: framefleet.v1.EvaluateTask.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EvaluateTask message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {framefleet.v1.EvaluateTask & framefleet.v1.EvaluateTask.$Shape} EvaluateTask
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): framefleet.v1.EvaluateTask & framefleet.v1.EvaluateTask.$Shape;

            /**
             * Decodes an EvaluateTask message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {framefleet.v1.EvaluateTask & framefleet.v1.EvaluateTask.$Shape} EvaluateTask
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): framefleet.v1.EvaluateTask & framefleet.v1.EvaluateTask.$Shape;

            /**
             * Verifies an EvaluateTask message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an EvaluateTask message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EvaluateTask
             */
            static fromObject(object: { [k: string]: any }): framefleet.v1.EvaluateTask;

            /**
             * Creates a plain object from an EvaluateTask message. Also converts values to other types if specified.
             * @param message EvaluateTask
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: framefleet.v1.EvaluateTask, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EvaluateTask to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for EvaluateTask
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace EvaluateTask {

            /** Properties of an EvaluateTask. */
            interface $Properties {

                /** EvaluateTask genTaskId */
                genTaskId?: (string|null);

                /** EvaluateTask videoPath */
                videoPath?: (string|null);

                /** EvaluateTask videoSha256 */
                videoSha256?: (string|null);

                /** EvaluateTask expected */
                expected?: (framefleet.v1.VideoParams.$Properties|null);

                /** EvaluateTask metrics */
                metrics?: (string[]|null);

                /** EvaluateTask prompt */
                prompt?: (string|null);

                /** EvaluateTask inputs */
                inputs?: ({ [k: string]: string }|null);

                /** EvaluateTask params */
                params?: ({ [k: string]: string }|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EvaluateTask. */
            type $Shape = framefleet.v1.EvaluateTask.$Properties;
        }
    }
}
