/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
"use strict";

var $protobuf = require("protobufjs/minimal");

// Common aliases
var $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
var $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $Number = $util.global.Number, $isFinite = $util.global.isFinite, $String = $util.global.String, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt, $Array = $util.global.Array, $Boolean = $util.global.Boolean;

// Exported root namespace
var $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

$root.framefleet = (function() {

    /**
     * Namespace framefleet.
     * @exports framefleet
     * @namespace
     */
    var framefleet = {};

    framefleet.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof framefleet
         * @namespace
         */
        var v1 = {};

        v1.VideoParams = (function() {

            /**
             * Properties of a VideoParams.
             * @typedef {Object} framefleet.v1.VideoParams.$Properties
             * @property {number|null} [frames] VideoParams frames
             * @property {number|null} [fps] VideoParams fps
             * @property {number|null} [width] VideoParams width
             * @property {number|null} [height] VideoParams height
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a VideoParams.
             * @memberof framefleet.v1
             * @interface IVideoParams
             * @augments framefleet.v1.VideoParams.$Properties
             * @deprecated Use framefleet.v1.VideoParams.$Properties instead.
             */

            /**
             * Shape of a VideoParams.
             * @typedef {framefleet.v1.VideoParams.$Properties} framefleet.v1.VideoParams.$Shape
             */

            /**
             * Constructs a new VideoParams.
             * @memberof framefleet.v1
             * @classdesc Represents a VideoParams.
             * @constructor
             * @param {framefleet.v1.VideoParams.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var VideoParams = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * VideoParams frames.
             * @member {number} frames
             * @memberof framefleet.v1.VideoParams
             * @instance
             */
            VideoParams.prototype.frames = 0;

            /**
             * VideoParams fps.
             * @member {number} fps
             * @memberof framefleet.v1.VideoParams
             * @instance
             */
            VideoParams.prototype.fps = 0;

            /**
             * VideoParams width.
             * @member {number} width
             * @memberof framefleet.v1.VideoParams
             * @instance
             */
            VideoParams.prototype.width = 0;

            /**
             * VideoParams height.
             * @member {number} height
             * @memberof framefleet.v1.VideoParams
             * @instance
             */
            VideoParams.prototype.height = 0;

            /**
             * Creates a new VideoParams instance using the specified properties.
             * @function create
             * @memberof framefleet.v1.VideoParams
             * @static
             * @param {framefleet.v1.VideoParams.$Properties=} [properties] Properties to set
             * @returns {framefleet.v1.VideoParams} VideoParams instance
             * @type {{
             *   (properties: framefleet.v1.VideoParams.$Shape): framefleet.v1.VideoParams & framefleet.v1.VideoParams.$Shape;
             *   (properties?: framefleet.v1.VideoParams.$Properties): framefleet.v1.VideoParams;
             * }}
             */
            VideoParams.create = function(properties) {
                return new VideoParams(properties);
            };

            /**
             * Encodes the specified VideoParams message. Does not implicitly {@link framefleet.v1.VideoParams.verify|verify} messages.
             * @function encode
             * @memberof framefleet.v1.VideoParams
             * @static
             * @param {framefleet.v1.VideoParams.$Properties} message VideoParams message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VideoParams.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.frames != null && $Object.hasOwnProperty.call(message, "frames") && message.frames !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.frames);
                if (message.fps != null && $Object.hasOwnProperty.call(message, "fps") && !$Object.is(message.fps, 0))
                    writer.uint32(/* id 2, wireType 1 =*/17).double(message.fps);
                if (message.width != null && $Object.hasOwnProperty.call(message, "width") && message.width !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.width);
                if (message.height != null && $Object.hasOwnProperty.call(message, "height") && message.height !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.height);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified VideoParams message, length delimited. Does not implicitly {@link framefleet.v1.VideoParams.verify|verify} messages.
             * @function encodeDelimited
             * @memberof framefleet.v1.VideoParams
             * @static
             * @param {framefleet.v1.VideoParams.$Properties} message VideoParams message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VideoParams.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a VideoParams message from the specified reader or buffer.
             * @function decode
             * @memberof framefleet.v1.VideoParams
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {framefleet.v1.VideoParams & framefleet.v1.VideoParams.$Shape} VideoParams
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VideoParams.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.framefleet.v1.VideoParams();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.frames = value;
                            else
                                delete message.frames;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.fps = value;
                            else
                                delete message.fps;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.width = value;
                            else
                                delete message.width;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.height = value;
                            else
                                delete message.height;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a VideoParams message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof framefleet.v1.VideoParams
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {framefleet.v1.VideoParams & framefleet.v1.VideoParams.$Shape} VideoParams
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VideoParams.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a VideoParams message.
             * @function verify
             * @memberof framefleet.v1.VideoParams
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            VideoParams.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.frames != null && $Object.hasOwnProperty.call(message, "frames"))
                    if (!$util.isInteger(message.frames))
                        return "frames: integer expected";
                if (message.fps != null && $Object.hasOwnProperty.call(message, "fps"))
                    if (typeof message.fps !== "number")
                        return "fps: number expected";
                if (message.width != null && $Object.hasOwnProperty.call(message, "width"))
                    if (!$util.isInteger(message.width))
                        return "width: integer expected";
                if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                    if (!$util.isInteger(message.height))
                        return "height: integer expected";
                return null;
            };

            /**
             * Creates a VideoParams message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof framefleet.v1.VideoParams
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {framefleet.v1.VideoParams} VideoParams
             */
            VideoParams.fromObject = function (object, _depth) {
                if (object instanceof $root.framefleet.v1.VideoParams)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".framefleet.v1.VideoParams: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.framefleet.v1.VideoParams();
                if (object.frames != null)
                    if ($Number(object.frames) !== 0)
                        message.frames = object.frames >>> 0;
                if (object.fps != null)
                    if (!$Object.is($Number(object.fps), 0))
                        message.fps = $Number(object.fps);
                if (object.width != null)
                    if ($Number(object.width) !== 0)
                        message.width = object.width >>> 0;
                if (object.height != null)
                    if ($Number(object.height) !== 0)
                        message.height = object.height >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a VideoParams message. Also converts values to other types if specified.
             * @function toObject
             * @memberof framefleet.v1.VideoParams
             * @static
             * @param {framefleet.v1.VideoParams} message VideoParams
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            VideoParams.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.frames = 0;
                    object.fps = 0;
                    object.width = 0;
                    object.height = 0;
                }
                if (message.frames != null && $Object.hasOwnProperty.call(message, "frames"))
                    object.frames = message.frames;
                if (message.fps != null && $Object.hasOwnProperty.call(message, "fps"))
                    object.fps = options.json && !$isFinite(message.fps) ? $String(message.fps) : message.fps;
                if (message.width != null && $Object.hasOwnProperty.call(message, "width"))
                    object.width = message.width;
                if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                    object.height = message.height;
                return object;
            };

            /**
             * Converts this VideoParams to JSON.
             * @function toJSON
             * @memberof framefleet.v1.VideoParams
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            VideoParams.prototype.toJSON = function() {
                return VideoParams.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for VideoParams
             * @function getTypeUrl
             * @memberof framefleet.v1.VideoParams
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            VideoParams.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/framefleet.v1.VideoParams";
            };

            return VideoParams;
        })();

        /**
         * TaskKind enum.
         * @name framefleet.v1.TaskKind
         * @enum {number}
         * @property {number} TASK_KIND_UNSPECIFIED=0 TASK_KIND_UNSPECIFIED value
         * @property {number} TASK_KIND_GEN=1 TASK_KIND_GEN value
         * @property {number} TASK_KIND_EVAL=2 TASK_KIND_EVAL value
         */
        v1.TaskKind = (function() {
            var valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "TASK_KIND_UNSPECIFIED"] = 0;
            values[valuesById[1] = "TASK_KIND_GEN"] = 1;
            values[valuesById[2] = "TASK_KIND_EVAL"] = 2;
            return values;
        })();

        v1.TaskError = (function() {

            /**
             * Properties of a TaskError.
             * @typedef {Object} framefleet.v1.TaskError.$Properties
             * @property {string|null} [code] TaskError code
             * @property {string|null} [message] TaskError message
             * @property {string|null} [node] TaskError node
             * @property {string|null} [deviceUuid] TaskError deviceUuid
             * @property {number|null} [attempt] TaskError attempt
             * @property {number|null} [atMs] TaskError atMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TaskError.
             * @memberof framefleet.v1
             * @interface ITaskError
             * @augments framefleet.v1.TaskError.$Properties
             * @deprecated Use framefleet.v1.TaskError.$Properties instead.
             */

            /**
             * Shape of a TaskError.
             * @typedef {framefleet.v1.TaskError.$Properties} framefleet.v1.TaskError.$Shape
             */

            /**
             * Constructs a new TaskError.
             * @memberof framefleet.v1
             * @classdesc Represents a TaskError.
             * @constructor
             * @param {framefleet.v1.TaskError.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var TaskError = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TaskError code.
             * @member {string} code
             * @memberof framefleet.v1.TaskError
             * @instance
             */
            TaskError.prototype.code = "";

            /**
             * TaskError message.
             * @member {string} message
             * @memberof framefleet.v1.TaskError
             * @instance
             */
            TaskError.prototype.message = "";

            /**
             * TaskError node.
             * @member {string} node
             * @memberof framefleet.v1.TaskError
             * @instance
             */
            TaskError.prototype.node = "";

            /**
             * TaskError deviceUuid.
             * @member {string} deviceUuid
             * @memberof framefleet.v1.TaskError
             * @instance
             */
            TaskError.prototype.deviceUuid = "";

            /**
             * TaskError attempt.
             * @member {number} attempt
             * @memberof framefleet.v1.TaskError
             * @instance
             */
            TaskError.prototype.attempt = 0;

            /**
             * TaskError atMs.
             * @member {number} atMs
             * @memberof framefleet.v1.TaskError
             * @instance
             */
            TaskError.prototype.atMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new TaskError instance using the specified properties.
             * @function create
             * @memberof framefleet.v1.TaskError
             * @static
             * @param {framefleet.v1.TaskError.$Properties=} [properties] Properties to set
             * @returns {framefleet.v1.TaskError} TaskError instance
             * @type {{
             *   (properties: framefleet.v1.TaskError.$Shape): framefleet.v1.TaskError & framefleet.v1.TaskError.$Shape;
             *   (properties?: framefleet.v1.TaskError.$Properties): framefleet.v1.TaskError;
             * }}
             */
            TaskError.create = function(properties) {
                return new TaskError(properties);
            };

            /**
             * Encodes the specified TaskError message. Does not implicitly {@link framefleet.v1.TaskError.verify|verify} messages.
             * @function encode
             * @memberof framefleet.v1.TaskError
             * @static
             * @param {framefleet.v1.TaskError.$Properties} message TaskError message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TaskError.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.code);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.message);
                if (message.node != null && $Object.hasOwnProperty.call(message, "node") && message.node !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.node);
                if (message.deviceUuid != null && $Object.hasOwnProperty.call(message, "deviceUuid") && message.deviceUuid !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.deviceUuid);
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt") && message.attempt !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.attempt);
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs") && (typeof message.atMs === "object" ? message.atMs.low || message.atMs.high : message.atMs !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).int64(message.atMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified TaskError message, length delimited. Does not implicitly {@link framefleet.v1.TaskError.verify|verify} messages.
             * @function encodeDelimited
             * @memberof framefleet.v1.TaskError
             * @static
             * @param {framefleet.v1.TaskError.$Properties} message TaskError message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TaskError.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a TaskError message from the specified reader or buffer.
             * @function decode
             * @memberof framefleet.v1.TaskError
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {framefleet.v1.TaskError & framefleet.v1.TaskError.$Shape} TaskError
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TaskError.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.framefleet.v1.TaskError();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.code = value;
                            else
                                delete message.code;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.node = value;
                            else
                                delete message.node;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.deviceUuid = value;
                            else
                                delete message.deviceUuid;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.attempt = value;
                            else
                                delete message.attempt;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.atMs = value;
                            else
                                delete message.atMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a TaskError message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof framefleet.v1.TaskError
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {framefleet.v1.TaskError & framefleet.v1.TaskError.$Shape} TaskError
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TaskError.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a TaskError message.
             * @function verify
             * @memberof framefleet.v1.TaskError
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            TaskError.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    if (!$util.isString(message.code))
                        return "code: string expected";
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    if (!$util.isString(message.message))
                        return "message: string expected";
                if (message.node != null && $Object.hasOwnProperty.call(message, "node"))
                    if (!$util.isString(message.node))
                        return "node: string expected";
                if (message.deviceUuid != null && $Object.hasOwnProperty.call(message, "deviceUuid"))
                    if (!$util.isString(message.deviceUuid))
                        return "deviceUuid: string expected";
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt"))
                    if (!$util.isInteger(message.attempt))
                        return "attempt: integer expected";
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs"))
                    if (!$util.isInteger(message.atMs) && !(message.atMs && $util.isInteger(message.atMs.low) && $util.isInteger(message.atMs.high)))
                        return "atMs: integer|Long expected";
                return null;
            };

            /**
             * Creates a TaskError message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof framefleet.v1.TaskError
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {framefleet.v1.TaskError} TaskError
             */
            TaskError.fromObject = function (object, _depth) {
                if (object instanceof $root.framefleet.v1.TaskError)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".framefleet.v1.TaskError: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.framefleet.v1.TaskError();
                if (object.code != null)
                    if (typeof object.code !== "string" || object.code.length)
                        message.code = $String(object.code);
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                if (object.node != null)
                    if (typeof object.node !== "string" || object.node.length)
                        message.node = $String(object.node);
                if (object.deviceUuid != null)
                    if (typeof object.deviceUuid !== "string" || object.deviceUuid.length)
                        message.deviceUuid = $String(object.deviceUuid);
                if (object.attempt != null)
                    if ($Number(object.attempt) !== 0)
                        message.attempt = object.attempt >>> 0;
                if (object.atMs != null)
                    if (typeof object.atMs === "object" ? object.atMs.low || object.atMs.high : $Number(object.atMs) !== 0)
                        if ($util.Long)
                            message.atMs = $util.Long.fromValue(object.atMs, false);
                        else if (typeof object.atMs === "string")
                            message.atMs = $parseInt(object.atMs, 10);
                        else if (typeof object.atMs === "number")
                            message.atMs = object.atMs;
                        else if (typeof object.atMs === "object")
                            message.atMs = new $util.LongBits(object.atMs.low >>> 0, object.atMs.high >>> 0).toNumber();
                return message;
            };

            /**
             * Creates a plain object from a TaskError message. Also converts values to other types if specified.
             * @function toObject
             * @memberof framefleet.v1.TaskError
             * @static
             * @param {framefleet.v1.TaskError} message TaskError
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TaskError.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.code = "";
                    object.message = "";
                    object.node = "";
                    object.deviceUuid = "";
                    object.attempt = 0;
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, false);
                        object.atMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.atMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    object.code = message.code;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                if (message.node != null && $Object.hasOwnProperty.call(message, "node"))
                    object.node = message.node;
                if (message.deviceUuid != null && $Object.hasOwnProperty.call(message, "deviceUuid"))
                    object.deviceUuid = message.deviceUuid;
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt"))
                    object.attempt = message.attempt;
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.atMs = typeof message.atMs === "number" ? $BigInt(message.atMs) : $util.Long.fromBits(message.atMs.low >>> 0, message.atMs.high >>> 0, false).toBigInt();
                    else if (typeof message.atMs === "number")
                        object.atMs = options.longs === $String ? $String(message.atMs) : message.atMs;
                    else
                        object.atMs = options.longs === $String ? $util.Long.prototype.toString.call(message.atMs) : options.longs === $Number ? new $util.LongBits(message.atMs.low >>> 0, message.atMs.high >>> 0).toNumber() : message.atMs;
                return object;
            };

            /**
             * Converts this TaskError to JSON.
             * @function toJSON
             * @memberof framefleet.v1.TaskError
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TaskError.prototype.toJSON = function() {
                return TaskError.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for TaskError
             * @function getTypeUrl
             * @memberof framefleet.v1.TaskError
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TaskError.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/framefleet.v1.TaskError";
            };

            return TaskError;
        })();

        v1.OutputFile = (function() {

            /**
             * Properties of an OutputFile.
             * @typedef {Object} framefleet.v1.OutputFile.$Properties
             * @property {string|null} [path] OutputFile path
             * @property {string|null} [sha256] OutputFile sha256
             * @property {number|null} [sizeBytes] OutputFile sizeBytes
             * @property {framefleet.v1.VideoParams.$Properties|null} [video] OutputFile video
             * @property {number|null} [durationS] OutputFile durationS
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an OutputFile.
             * @memberof framefleet.v1
             * @interface IOutputFile
             * @augments framefleet.v1.OutputFile.$Properties
             * @deprecated Use framefleet.v1.OutputFile.$Properties instead.
             */

            /**
             * Shape of an OutputFile.
             * @typedef {framefleet.v1.OutputFile.$Properties} framefleet.v1.OutputFile.$Shape
             */

            /**
             * Constructs a new OutputFile.
             * @memberof framefleet.v1
             * @classdesc Represents an OutputFile.
             * @constructor
             * @param {framefleet.v1.OutputFile.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var OutputFile = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * OutputFile path.
             * @member {string} path
             * @memberof framefleet.v1.OutputFile
             * @instance
             */
            OutputFile.prototype.path = "";

            /**
             * OutputFile sha256.
             * @member {string} sha256
             * @memberof framefleet.v1.OutputFile
             * @instance
             */
            OutputFile.prototype.sha256 = "";

            /**
             * OutputFile sizeBytes.
             * @member {number} sizeBytes
             * @memberof framefleet.v1.OutputFile
             * @instance
             */
            OutputFile.prototype.sizeBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * OutputFile video.
             * @member {framefleet.v1.VideoParams.$Properties|null|undefined} video
             * @memberof framefleet.v1.OutputFile
             * @instance
             */
            OutputFile.prototype.video = null;

            /**
             * OutputFile durationS.
             * @member {number} durationS
             * @memberof framefleet.v1.OutputFile
             * @instance
             */
            OutputFile.prototype.durationS = 0;

            /**
             * Creates a new OutputFile instance using the specified properties.
             * @function create
             * @memberof framefleet.v1.OutputFile
             * @static
             * @param {framefleet.v1.OutputFile.$Properties=} [properties] Properties to set
             * @returns {framefleet.v1.OutputFile} OutputFile instance
             * @type {{
             *   (properties: framefleet.v1.OutputFile.$Shape): framefleet.v1.OutputFile & framefleet.v1.OutputFile.$Shape;
             *   (properties?: framefleet.v1.OutputFile.$Properties): framefleet.v1.OutputFile;
             * }}
             */
            OutputFile.create = function(properties) {
                return new OutputFile(properties);
            };

            /**
             * Encodes the specified OutputFile message. Does not implicitly {@link framefleet.v1.OutputFile.verify|verify} messages.
             * @function encode
             * @memberof framefleet.v1.OutputFile
             * @static
             * @param {framefleet.v1.OutputFile.$Properties} message OutputFile message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            OutputFile.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.path != null && $Object.hasOwnProperty.call(message, "path") && message.path !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.path);
                if (message.sha256 != null && $Object.hasOwnProperty.call(message, "sha256") && message.sha256 !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.sha256);
                if (message.sizeBytes != null && $Object.hasOwnProperty.call(message, "sizeBytes") && (typeof message.sizeBytes === "object" ? message.sizeBytes.low || message.sizeBytes.high : message.sizeBytes !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.sizeBytes);
                if (message.video != null && $Object.hasOwnProperty.call(message, "video"))
                    $root.framefleet.v1.VideoParams.encode(message.video, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.durationS != null && $Object.hasOwnProperty.call(message, "durationS") && !$Object.is(message.durationS, 0))
                    writer.uint32(/* id 5, wireType 1 =*/41).double(message.durationS);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified OutputFile message, length delimited. Does not implicitly {@link framefleet.v1.OutputFile.verify|verify} messages.
             * @function encodeDelimited
             * @memberof framefleet.v1.OutputFile
             * @static
             * @param {framefleet.v1.OutputFile.$Properties} message OutputFile message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            OutputFile.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an OutputFile message from the specified reader or buffer.
             * @function decode
             * @memberof framefleet.v1.OutputFile
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {framefleet.v1.OutputFile & framefleet.v1.OutputFile.$Shape} OutputFile
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            OutputFile.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.framefleet.v1.OutputFile();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.path = value;
                            else
                                delete message.path;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sha256 = value;
                            else
                                delete message.sha256;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.sizeBytes = value;
                            else
                                delete message.sizeBytes;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.video = $root.framefleet.v1.VideoParams.decode(reader, reader.size(), $undefined, _depth + 1, message.video);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.durationS = value;
                            else
                                delete message.durationS;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an OutputFile message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof framefleet.v1.OutputFile
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {framefleet.v1.OutputFile & framefleet.v1.OutputFile.$Shape} OutputFile
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            OutputFile.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an OutputFile message.
             * @function verify
             * @memberof framefleet.v1.OutputFile
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            OutputFile.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.path != null && $Object.hasOwnProperty.call(message, "path"))
                    if (!$util.isString(message.path))
                        return "path: string expected";
                if (message.sha256 != null && $Object.hasOwnProperty.call(message, "sha256"))
                    if (!$util.isString(message.sha256))
                        return "sha256: string expected";
                if (message.sizeBytes != null && $Object.hasOwnProperty.call(message, "sizeBytes"))
                    if (!$util.isInteger(message.sizeBytes) && !(message.sizeBytes && $util.isInteger(message.sizeBytes.low) && $util.isInteger(message.sizeBytes.high)))
                        return "sizeBytes: integer|Long expected";
                if (message.video != null && $Object.hasOwnProperty.call(message, "video")) {
                    var error = $root.framefleet.v1.VideoParams.verify(message.video, _depth + 1);
                    if (error)
                        return "video." + error;
                }
                if (message.durationS != null && $Object.hasOwnProperty.call(message, "durationS"))
                    if (typeof message.durationS !== "number")
                        return "durationS: number expected";
                return null;
            };

            /**
             * Creates an OutputFile message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof framefleet.v1.OutputFile
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {framefleet.v1.OutputFile} OutputFile
             */
            OutputFile.fromObject = function (object, _depth) {
                if (object instanceof $root.framefleet.v1.OutputFile)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".framefleet.v1.OutputFile: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.framefleet.v1.OutputFile();
                if (object.path != null)
                    if (typeof object.path !== "string" || object.path.length)
                        message.path = $String(object.path);
                if (object.sha256 != null)
                    if (typeof object.sha256 !== "string" || object.sha256.length)
                        message.sha256 = $String(object.sha256);
                if (object.sizeBytes != null)
                    if (typeof object.sizeBytes === "object" ? object.sizeBytes.low || object.sizeBytes.high : $Number(object.sizeBytes) !== 0)
                        if ($util.Long)
                            message.sizeBytes = $util.Long.fromValue(object.sizeBytes, true);
                        else if (typeof object.sizeBytes === "string")
                            message.sizeBytes = $parseInt(object.sizeBytes, 10);
                        else if (typeof object.sizeBytes === "number")
                            message.sizeBytes = object.sizeBytes;
                        else if (typeof object.sizeBytes === "object")
                            message.sizeBytes = new $util.LongBits(object.sizeBytes.low >>> 0, object.sizeBytes.high >>> 0).toNumber(true);
                if (object.video != null) {
                    if (!$util.isObject(object.video))
                        throw $TypeError(".framefleet.v1.OutputFile.video: object expected");
                    message.video = $root.framefleet.v1.VideoParams.fromObject(object.video, _depth + 1);
                }
                if (object.durationS != null)
                    if (!$Object.is($Number(object.durationS), 0))
                        message.durationS = $Number(object.durationS);
                return message;
            };

            /**
             * Creates a plain object from an OutputFile message. Also converts values to other types if specified.
             * @function toObject
             * @memberof framefleet.v1.OutputFile
             * @static
             * @param {framefleet.v1.OutputFile} message OutputFile
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            OutputFile.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.path = "";
                    object.sha256 = "";
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, true);
                        object.sizeBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.sizeBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.video = null;
                    object.durationS = 0;
                }
                if (message.path != null && $Object.hasOwnProperty.call(message, "path"))
                    object.path = message.path;
                if (message.sha256 != null && $Object.hasOwnProperty.call(message, "sha256"))
                    object.sha256 = message.sha256;
                if (message.sizeBytes != null && $Object.hasOwnProperty.call(message, "sizeBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.sizeBytes = typeof message.sizeBytes === "number" ? $BigInt(message.sizeBytes) : $util.Long.fromBits(message.sizeBytes.low >>> 0, message.sizeBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.sizeBytes === "number")
                        object.sizeBytes = options.longs === $String ? $String(message.sizeBytes) : message.sizeBytes;
                    else
                        object.sizeBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.sizeBytes) : options.longs === $Number ? new $util.LongBits(message.sizeBytes.low >>> 0, message.sizeBytes.high >>> 0).toNumber(true) : message.sizeBytes;
                if (message.video != null && $Object.hasOwnProperty.call(message, "video"))
                    object.video = $root.framefleet.v1.VideoParams.toObject(message.video, options, _depth + 1);
                if (message.durationS != null && $Object.hasOwnProperty.call(message, "durationS"))
                    object.durationS = options.json && !$isFinite(message.durationS) ? $String(message.durationS) : message.durationS;
                return object;
            };

            /**
             * Converts this OutputFile to JSON.
             * @function toJSON
             * @memberof framefleet.v1.OutputFile
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            OutputFile.prototype.toJSON = function() {
                return OutputFile.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for OutputFile
             * @function getTypeUrl
             * @memberof framefleet.v1.OutputFile
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            OutputFile.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/framefleet.v1.OutputFile";
            };

            return OutputFile;
        })();

        v1.OutputCommit = (function() {

            /**
             * Properties of an OutputCommit.
             * @typedef {Object} framefleet.v1.OutputCommit.$Properties
             * @property {string|null} [taskId] OutputCommit taskId
             * @property {string|null} [runId] OutputCommit runId
             * @property {number|null} [attempt] OutputCommit attempt
             * @property {framefleet.v1.OutputFile.$Properties|null} [output] OutputCommit output
             * @property {string|null} [tmpPath] OutputCommit tmpPath
             * @property {string|null} [node] OutputCommit node
             * @property {string|null} [deviceUuid] OutputCommit deviceUuid
             * @property {number|null} [committedAtMs] OutputCommit committedAtMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an OutputCommit.
             * @memberof framefleet.v1
             * @interface IOutputCommit
             * @augments framefleet.v1.OutputCommit.$Properties
             * @deprecated Use framefleet.v1.OutputCommit.$Properties instead.
             */

            /**
             * Shape of an OutputCommit.
             * @typedef {framefleet.v1.OutputCommit.$Properties} framefleet.v1.OutputCommit.$Shape
             */

            /**
             * Constructs a new OutputCommit.
             * @memberof framefleet.v1
             * @classdesc Represents an OutputCommit.
             * @constructor
             * @param {framefleet.v1.OutputCommit.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var OutputCommit = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * OutputCommit taskId.
             * @member {string} taskId
             * @memberof framefleet.v1.OutputCommit
             * @instance
             */
            OutputCommit.prototype.taskId = "";

            /**
             * OutputCommit runId.
             * @member {string} runId
             * @memberof framefleet.v1.OutputCommit
             * @instance
             */
            OutputCommit.prototype.runId = "";

            /**
             * OutputCommit attempt.
             * @member {number} attempt
             * @memberof framefleet.v1.OutputCommit
             * @instance
             */
            OutputCommit.prototype.attempt = 0;

            /**
             * OutputCommit output.
             * @member {framefleet.v1.OutputFile.$Properties|null|undefined} output
             * @memberof framefleet.v1.OutputCommit
             * @instance
             */
            OutputCommit.prototype.output = null;

            /**
             * OutputCommit tmpPath.
             * @member {string} tmpPath
             * @memberof framefleet.v1.OutputCommit
             * @instance
             */
            OutputCommit.prototype.tmpPath = "";

            /**
             * OutputCommit node.
             * @member {string} node
             * @memberof framefleet.v1.OutputCommit
             * @instance
             */
            OutputCommit.prototype.node = "";

            /**
             * OutputCommit deviceUuid.
             * @member {string} deviceUuid
             * @memberof framefleet.v1.OutputCommit
             * @instance
             */
            OutputCommit.prototype.deviceUuid = "";

            /**
             * OutputCommit committedAtMs.
             * @member {number} committedAtMs
             * @memberof framefleet.v1.OutputCommit
             * @instance
             */
            OutputCommit.prototype.committedAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new OutputCommit instance using the specified properties.
             * @function create
             * @memberof framefleet.v1.OutputCommit
             * @static
             * @param {framefleet.v1.OutputCommit.$Properties=} [properties] Properties to set
             * @returns {framefleet.v1.OutputCommit} OutputCommit instance
             * @type {{
             *   (properties: framefleet.v1.OutputCommit.$Shape): framefleet.v1.OutputCommit & framefleet.v1.OutputCommit.$Shape;
             *   (properties?: framefleet.v1.OutputCommit.$Properties): framefleet.v1.OutputCommit;
             * }}
             */
            OutputCommit.create = function(properties) {
                return new OutputCommit(properties);
            };

            /**
             * Encodes the specified OutputCommit message. Does not implicitly {@link framefleet.v1.OutputCommit.verify|verify} messages.
             * @function encode
             * @memberof framefleet.v1.OutputCommit
             * @static
             * @param {framefleet.v1.OutputCommit.$Properties} message OutputCommit message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            OutputCommit.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId") && message.taskId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.taskId);
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId") && message.runId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.runId);
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt") && message.attempt !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.attempt);
                if (message.output != null && $Object.hasOwnProperty.call(message, "output"))
                    $root.framefleet.v1.OutputFile.encode(message.output, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.tmpPath != null && $Object.hasOwnProperty.call(message, "tmpPath") && message.tmpPath !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.tmpPath);
                if (message.node != null && $Object.hasOwnProperty.call(message, "node") && message.node !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.node);
                if (message.deviceUuid != null && $Object.hasOwnProperty.call(message, "deviceUuid") && message.deviceUuid !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.deviceUuid);
                if (message.committedAtMs != null && $Object.hasOwnProperty.call(message, "committedAtMs") && (typeof message.committedAtMs === "object" ? message.committedAtMs.low || message.committedAtMs.high : message.committedAtMs !== 0))
                    writer.uint32(/* id 8, wireType 0 =*/64).int64(message.committedAtMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified OutputCommit message, length delimited. Does not implicitly {@link framefleet.v1.OutputCommit.verify|verify} messages.
             * @function encodeDelimited
             * @memberof framefleet.v1.OutputCommit
             * @static
             * @param {framefleet.v1.OutputCommit.$Properties} message OutputCommit message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            OutputCommit.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an OutputCommit message from the specified reader or buffer.
             * @function decode
             * @memberof framefleet.v1.OutputCommit
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {framefleet.v1.OutputCommit & framefleet.v1.OutputCommit.$Shape} OutputCommit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            OutputCommit.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.framefleet.v1.OutputCommit();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.taskId = value;
                            else
                                delete message.taskId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.runId = value;
                            else
                                delete message.runId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.attempt = value;
                            else
                                delete message.attempt;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.output = $root.framefleet.v1.OutputFile.decode(reader, reader.size(), $undefined, _depth + 1, message.output);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.tmpPath = value;
                            else
                                delete message.tmpPath;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.node = value;
                            else
                                delete message.node;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.deviceUuid = value;
                            else
                                delete message.deviceUuid;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.committedAtMs = value;
                            else
                                delete message.committedAtMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an OutputCommit message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof framefleet.v1.OutputCommit
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {framefleet.v1.OutputCommit & framefleet.v1.OutputCommit.$Shape} OutputCommit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            OutputCommit.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an OutputCommit message.
             * @function verify
             * @memberof framefleet.v1.OutputCommit
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            OutputCommit.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId"))
                    if (!$util.isString(message.taskId))
                        return "taskId: string expected";
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                    if (!$util.isString(message.runId))
                        return "runId: string expected";
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt"))
                    if (!$util.isInteger(message.attempt))
                        return "attempt: integer expected";
                if (message.output != null && $Object.hasOwnProperty.call(message, "output")) {
                    var error = $root.framefleet.v1.OutputFile.verify(message.output, _depth + 1);
                    if (error)
                        return "output." + error;
                }
                if (message.tmpPath != null && $Object.hasOwnProperty.call(message, "tmpPath"))
                    if (!$util.isString(message.tmpPath))
                        return "tmpPath: string expected";
                if (message.node != null && $Object.hasOwnProperty.call(message, "node"))
                    if (!$util.isString(message.node))
                        return "node: string expected";
                if (message.deviceUuid != null && $Object.hasOwnProperty.call(message, "deviceUuid"))
                    if (!$util.isString(message.deviceUuid))
                        return "deviceUuid: string expected";
                if (message.committedAtMs != null && $Object.hasOwnProperty.call(message, "committedAtMs"))
                    if (!$util.isInteger(message.committedAtMs) && !(message.committedAtMs && $util.isInteger(message.committedAtMs.low) && $util.isInteger(message.committedAtMs.high)))
                        return "committedAtMs: integer|Long expected";
                return null;
            };

            /**
             * Creates an OutputCommit message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof framefleet.v1.OutputCommit
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {framefleet.v1.OutputCommit} OutputCommit
             */
            OutputCommit.fromObject = function (object, _depth) {
                if (object instanceof $root.framefleet.v1.OutputCommit)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".framefleet.v1.OutputCommit: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.framefleet.v1.OutputCommit();
                if (object.taskId != null)
                    if (typeof object.taskId !== "string" || object.taskId.length)
                        message.taskId = $String(object.taskId);
                if (object.runId != null)
                    if (typeof object.runId !== "string" || object.runId.length)
                        message.runId = $String(object.runId);
                if (object.attempt != null)
                    if ($Number(object.attempt) !== 0)
                        message.attempt = object.attempt >>> 0;
                if (object.output != null) {
                    if (!$util.isObject(object.output))
                        throw $TypeError(".framefleet.v1.OutputCommit.output: object expected");
                    message.output = $root.framefleet.v1.OutputFile.fromObject(object.output, _depth + 1);
                }
                if (object.tmpPath != null)
                    if (typeof object.tmpPath !== "string" || object.tmpPath.length)
                        message.tmpPath = $String(object.tmpPath);
                if (object.node != null)
                    if (typeof object.node !== "string" || object.node.length)
                        message.node = $String(object.node);
                if (object.deviceUuid != null)
                    if (typeof object.deviceUuid !== "string" || object.deviceUuid.length)
                        message.deviceUuid = $String(object.deviceUuid);
                if (object.committedAtMs != null)
                    if (typeof object.committedAtMs === "object" ? object.committedAtMs.low || object.committedAtMs.high : $Number(object.committedAtMs) !== 0)
                        if ($util.Long)
                            message.committedAtMs = $util.Long.fromValue(object.committedAtMs, false);
                        else if (typeof object.committedAtMs === "string")
                            message.committedAtMs = $parseInt(object.committedAtMs, 10);
                        else if (typeof object.committedAtMs === "number")
                            message.committedAtMs = object.committedAtMs;
                        else if (typeof object.committedAtMs === "object")
                            message.committedAtMs = new $util.LongBits(object.committedAtMs.low >>> 0, object.committedAtMs.high >>> 0).toNumber();
                return message;
            };

            /**
             * Creates a plain object from an OutputCommit message. Also converts values to other types if specified.
             * @function toObject
             * @memberof framefleet.v1.OutputCommit
             * @static
             * @param {framefleet.v1.OutputCommit} message OutputCommit
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            OutputCommit.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.taskId = "";
                    object.runId = "";
                    object.attempt = 0;
                    object.output = null;
                    object.tmpPath = "";
                    object.node = "";
                    object.deviceUuid = "";
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, false);
                        object.committedAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.committedAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId"))
                    object.taskId = message.taskId;
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                    object.runId = message.runId;
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt"))
                    object.attempt = message.attempt;
                if (message.output != null && $Object.hasOwnProperty.call(message, "output"))
                    object.output = $root.framefleet.v1.OutputFile.toObject(message.output, options, _depth + 1);
                if (message.tmpPath != null && $Object.hasOwnProperty.call(message, "tmpPath"))
                    object.tmpPath = message.tmpPath;
                if (message.node != null && $Object.hasOwnProperty.call(message, "node"))
                    object.node = message.node;
                if (message.deviceUuid != null && $Object.hasOwnProperty.call(message, "deviceUuid"))
                    object.deviceUuid = message.deviceUuid;
                if (message.committedAtMs != null && $Object.hasOwnProperty.call(message, "committedAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.committedAtMs = typeof message.committedAtMs === "number" ? $BigInt(message.committedAtMs) : $util.Long.fromBits(message.committedAtMs.low >>> 0, message.committedAtMs.high >>> 0, false).toBigInt();
                    else if (typeof message.committedAtMs === "number")
                        object.committedAtMs = options.longs === $String ? $String(message.committedAtMs) : message.committedAtMs;
                    else
                        object.committedAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.committedAtMs) : options.longs === $Number ? new $util.LongBits(message.committedAtMs.low >>> 0, message.committedAtMs.high >>> 0).toNumber() : message.committedAtMs;
                return object;
            };

            /**
             * Converts this OutputCommit to JSON.
             * @function toJSON
             * @memberof framefleet.v1.OutputCommit
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            OutputCommit.prototype.toJSON = function() {
                return OutputCommit.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for OutputCommit
             * @function getTypeUrl
             * @memberof framefleet.v1.OutputCommit
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            OutputCommit.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/framefleet.v1.OutputCommit";
            };

            return OutputCommit;
        })();

        v1.TaskAttempts = (function() {

            /**
             * Properties of a TaskAttempts.
             * @typedef {Object} framefleet.v1.TaskAttempts.$Properties
             * @property {string|null} [taskId] TaskAttempts taskId
             * @property {Array.<framefleet.v1.TaskError.$Properties>|null} [failures] TaskAttempts failures
             * @property {Array.<framefleet.v1.TaskError.$Properties>|null} [handbacks] TaskAttempts handbacks
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TaskAttempts.
             * @memberof framefleet.v1
             * @interface ITaskAttempts
             * @augments framefleet.v1.TaskAttempts.$Properties
             * @deprecated Use framefleet.v1.TaskAttempts.$Properties instead.
             */

            /**
             * Shape of a TaskAttempts.
             * @typedef {framefleet.v1.TaskAttempts.$Properties} framefleet.v1.TaskAttempts.$Shape
             */

            /**
             * Constructs a new TaskAttempts.
             * @memberof framefleet.v1
             * @classdesc Represents a TaskAttempts.
             * @constructor
             * @param {framefleet.v1.TaskAttempts.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var TaskAttempts = function (properties) {
                this.failures = [];
                this.handbacks = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TaskAttempts taskId.
             * @member {string} taskId
             * @memberof framefleet.v1.TaskAttempts
             * @instance
             */
            TaskAttempts.prototype.taskId = "";

            /**
             * TaskAttempts failures.
             * @member {Array.<framefleet.v1.TaskError.$Properties>} failures
             * @memberof framefleet.v1.TaskAttempts
             * @instance
             */
            TaskAttempts.prototype.failures = $util.emptyArray;

            /**
             * TaskAttempts handbacks.
             * @member {Array.<framefleet.v1.TaskError.$Properties>} handbacks
             * @memberof framefleet.v1.TaskAttempts
             * @instance
             */
            TaskAttempts.prototype.handbacks = $util.emptyArray;

            /**
             * Creates a new TaskAttempts instance using the specified properties.
             * @function create
             * @memberof framefleet.v1.TaskAttempts
             * @static
             * @param {framefleet.v1.TaskAttempts.$Properties=} [properties] Properties to set
             * @returns {framefleet.v1.TaskAttempts} TaskAttempts instance
             * @type {{
             *   (properties: framefleet.v1.TaskAttempts.$Shape): framefleet.v1.TaskAttempts & framefleet.v1.TaskAttempts.$Shape;
             *   (properties?: framefleet.v1.TaskAttempts.$Properties): framefleet.v1.TaskAttempts;
             * }}
             */
            TaskAttempts.create = function(properties) {
                return new TaskAttempts(properties);
            };

            /**
             * Encodes the specified TaskAttempts message. Does not implicitly {@link framefleet.v1.TaskAttempts.verify|verify} messages.
             * @function encode
             * @memberof framefleet.v1.TaskAttempts
             * @static
             * @param {framefleet.v1.TaskAttempts.$Properties} message TaskAttempts message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TaskAttempts.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId") && message.taskId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.taskId);
                if (message.failures != null && message.failures.length)
                    for (var i = 0; i < message.failures.length; ++i)
                        $root.framefleet.v1.TaskError.encode(message.failures[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.handbacks != null && message.handbacks.length)
                    for (var i = 0; i < message.handbacks.length; ++i)
                        $root.framefleet.v1.TaskError.encode(message.handbacks[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified TaskAttempts message, length delimited. Does not implicitly {@link framefleet.v1.TaskAttempts.verify|verify} messages.
             * @function encodeDelimited
             * @memberof framefleet.v1.TaskAttempts
             * @static
             * @param {framefleet.v1.TaskAttempts.$Properties} message TaskAttempts message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TaskAttempts.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a TaskAttempts message from the specified reader or buffer.
             * @function decode
             * @memberof framefleet.v1.TaskAttempts
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {framefleet.v1.TaskAttempts & framefleet.v1.TaskAttempts.$Shape} TaskAttempts
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TaskAttempts.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.framefleet.v1.TaskAttempts();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.taskId = value;
                            else
                                delete message.taskId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.failures && message.failures.length))
                                message.failures = [];
                            message.failures.push($root.framefleet.v1.TaskError.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.handbacks && message.handbacks.length))
                                message.handbacks = [];
                            message.handbacks.push($root.framefleet.v1.TaskError.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a TaskAttempts message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof framefleet.v1.TaskAttempts
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {framefleet.v1.TaskAttempts & framefleet.v1.TaskAttempts.$Shape} TaskAttempts
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TaskAttempts.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a TaskAttempts message.
             * @function verify
             * @memberof framefleet.v1.TaskAttempts
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            TaskAttempts.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId"))
                    if (!$util.isString(message.taskId))
                        return "taskId: string expected";
                if (message.failures != null && $Object.hasOwnProperty.call(message, "failures")) {
                    if (!$Array.isArray(message.failures))
                        return "failures: array expected";
                    for (var i = 0; i < message.failures.length; ++i) {
                        var error = $root.framefleet.v1.TaskError.verify(message.failures[i], _depth + 1);
                        if (error)
                            return "failures." + error;
                    }
                }
                if (message.handbacks != null && $Object.hasOwnProperty.call(message, "handbacks")) {
                    if (!$Array.isArray(message.handbacks))
                        return "handbacks: array expected";
                    for (var i = 0; i < message.handbacks.length; ++i) {
                        var error = $root.framefleet.v1.TaskError.verify(message.handbacks[i], _depth + 1);
                        if (error)
                            return "handbacks." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a TaskAttempts message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof framefleet.v1.TaskAttempts
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {framefleet.v1.TaskAttempts} TaskAttempts
             */
            TaskAttempts.fromObject = function (object, _depth) {
                if (object instanceof $root.framefleet.v1.TaskAttempts)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".framefleet.v1.TaskAttempts: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.framefleet.v1.TaskAttempts();
                if (object.taskId != null)
                    if (typeof object.taskId !== "string" || object.taskId.length)
                        message.taskId = $String(object.taskId);
                if (object.failures) {
                    if (!$Array.isArray(object.failures))
                        throw $TypeError(".framefleet.v1.TaskAttempts.failures: array expected");
                    message.failures = $Array(object.failures.length);
                    for (var i = 0; i < object.failures.length; ++i) {
                        if (!$util.isObject(object.failures[i]))
                            throw $TypeError(".framefleet.v1.TaskAttempts.failures: object expected");
                        message.failures[i] = $root.framefleet.v1.TaskError.fromObject(object.failures[i], _depth + 1);
                    }
                }
                if (object.handbacks) {
                    if (!$Array.isArray(object.handbacks))
                        throw $TypeError(".framefleet.v1.TaskAttempts.handbacks: array expected");
                    message.handbacks = $Array(object.handbacks.length);
                    for (var i = 0; i < object.handbacks.length; ++i) {
                        if (!$util.isObject(object.handbacks[i]))
                            throw $TypeError(".framefleet.v1.TaskAttempts.handbacks: object expected");
                        message.handbacks[i] = $root.framefleet.v1.TaskError.fromObject(object.handbacks[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a TaskAttempts message. Also converts values to other types if specified.
             * @function toObject
             * @memberof framefleet.v1.TaskAttempts
             * @static
             * @param {framefleet.v1.TaskAttempts} message TaskAttempts
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TaskAttempts.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.arrays || options.defaults) {
                    object.failures = [];
                    object.handbacks = [];
                }
                if (options.defaults)
                    object.taskId = "";
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId"))
                    object.taskId = message.taskId;
                if (message.failures && message.failures.length) {
                    object.failures = $Array(message.failures.length);
                    for (var j = 0; j < message.failures.length; ++j)
                        object.failures[j] = $root.framefleet.v1.TaskError.toObject(message.failures[j], options, _depth + 1);
                }
                if (message.handbacks && message.handbacks.length) {
                    object.handbacks = $Array(message.handbacks.length);
                    for (var j = 0; j < message.handbacks.length; ++j)
                        object.handbacks[j] = $root.framefleet.v1.TaskError.toObject(message.handbacks[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this TaskAttempts to JSON.
             * @function toJSON
             * @memberof framefleet.v1.TaskAttempts
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TaskAttempts.prototype.toJSON = function() {
                return TaskAttempts.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for TaskAttempts
             * @function getTypeUrl
             * @memberof framefleet.v1.TaskAttempts
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TaskAttempts.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/framefleet.v1.TaskAttempts";
            };

            return TaskAttempts;
        })();

        v1.BackendLoad = (function() {

            /**
             * Properties of a BackendLoad.
             * @typedef {Object} framefleet.v1.BackendLoad.$Properties
             * @property {string|null} [node] BackendLoad node
             * @property {string|null} [deviceUuid] BackendLoad deviceUuid
             * @property {string|null} [backend] BackendLoad backend
             * @property {number|null} [attempt] BackendLoad attempt
             * @property {number|null} [loadMs] BackendLoad loadMs
             * @property {framefleet.v1.TaskKind|null} [kind] BackendLoad kind
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BackendLoad.
             * @memberof framefleet.v1
             * @interface IBackendLoad
             * @augments framefleet.v1.BackendLoad.$Properties
             * @deprecated Use framefleet.v1.BackendLoad.$Properties instead.
             */

            /**
             * Shape of a BackendLoad.
             * @typedef {framefleet.v1.BackendLoad.$Properties} framefleet.v1.BackendLoad.$Shape
             */

            /**
             * Constructs a new BackendLoad.
             * @memberof framefleet.v1
             * @classdesc Represents a BackendLoad.
             * @constructor
             * @param {framefleet.v1.BackendLoad.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var BackendLoad = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * BackendLoad node.
             * @member {string} node
             * @memberof framefleet.v1.BackendLoad
             * @instance
             */
            BackendLoad.prototype.node = "";

            /**
             * BackendLoad deviceUuid.
             * @member {string} deviceUuid
             * @memberof framefleet.v1.BackendLoad
             * @instance
             */
            BackendLoad.prototype.deviceUuid = "";

            /**
             * BackendLoad backend.
             * @member {string} backend
             * @memberof framefleet.v1.BackendLoad
             * @instance
             */
            BackendLoad.prototype.backend = "";

            /**
             * BackendLoad attempt.
             * @member {number} attempt
             * @memberof framefleet.v1.BackendLoad
             * @instance
             */
            BackendLoad.prototype.attempt = 0;

            /**
             * BackendLoad loadMs.
             * @member {number} loadMs
             * @memberof framefleet.v1.BackendLoad
             * @instance
             */
            BackendLoad.prototype.loadMs = 0;

            /**
             * BackendLoad kind.
             * @member {framefleet.v1.TaskKind} kind
             * @memberof framefleet.v1.BackendLoad
             * @instance
             */
            BackendLoad.prototype.kind = 0;

            /**
             * Creates a new BackendLoad instance using the specified properties.
             * @function create
             * @memberof framefleet.v1.BackendLoad
             * @static
             * @param {framefleet.v1.BackendLoad.$Properties=} [properties] Properties to set
             * @returns {framefleet.v1.BackendLoad} BackendLoad instance
             * @type {{
             *   (properties: framefleet.v1.BackendLoad.$Shape): framefleet.v1.BackendLoad & framefleet.v1.BackendLoad.$Shape;
             *   (properties?: framefleet.v1.BackendLoad.$Properties): framefleet.v1.BackendLoad;
             * }}
             */
            BackendLoad.create = function(properties) {
                return new BackendLoad(properties);
            };

            /**
             * Encodes the specified BackendLoad message. Does not implicitly {@link framefleet.v1.BackendLoad.verify|verify} messages.
             * @function encode
             * @memberof framefleet.v1.BackendLoad
             * @static
             * @param {framefleet.v1.BackendLoad.$Properties} message BackendLoad message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BackendLoad.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.node != null && $Object.hasOwnProperty.call(message, "node") && message.node !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.node);
                if (message.deviceUuid != null && $Object.hasOwnProperty.call(message, "deviceUuid") && message.deviceUuid !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.deviceUuid);
                if (message.backend != null && $Object.hasOwnProperty.call(message, "backend") && message.backend !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.backend);
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt") && message.attempt !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.attempt);
                if (message.loadMs != null && $Object.hasOwnProperty.call(message, "loadMs") && message.loadMs !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.loadMs);
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).int32(message.kind);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified BackendLoad message, length delimited. Does not implicitly {@link framefleet.v1.BackendLoad.verify|verify} messages.
             * @function encodeDelimited
             * @memberof framefleet.v1.BackendLoad
             * @static
             * @param {framefleet.v1.BackendLoad.$Properties} message BackendLoad message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BackendLoad.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a BackendLoad message from the specified reader or buffer.
             * @function decode
             * @memberof framefleet.v1.BackendLoad
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {framefleet.v1.BackendLoad & framefleet.v1.BackendLoad.$Shape} BackendLoad
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BackendLoad.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.framefleet.v1.BackendLoad();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.node = value;
                            else
                                delete message.node;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.deviceUuid = value;
                            else
                                delete message.deviceUuid;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.backend = value;
                            else
                                delete message.backend;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.attempt = value;
                            else
                                delete message.attempt;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.loadMs = value;
                            else
                                delete message.loadMs;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a BackendLoad message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof framefleet.v1.BackendLoad
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {framefleet.v1.BackendLoad & framefleet.v1.BackendLoad.$Shape} BackendLoad
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BackendLoad.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a BackendLoad message.
             * @function verify
             * @memberof framefleet.v1.BackendLoad
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            BackendLoad.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.node != null && $Object.hasOwnProperty.call(message, "node"))
                    if (!$util.isString(message.node))
                        return "node: string expected";
                if (message.deviceUuid != null && $Object.hasOwnProperty.call(message, "deviceUuid"))
                    if (!$util.isString(message.deviceUuid))
                        return "deviceUuid: string expected";
                if (message.backend != null && $Object.hasOwnProperty.call(message, "backend"))
                    if (!$util.isString(message.backend))
                        return "backend: string expected";
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt"))
                    if (!$util.isInteger(message.attempt))
                        return "attempt: integer expected";
                if (message.loadMs != null && $Object.hasOwnProperty.call(message, "loadMs"))
                    if (!$util.isInteger(message.loadMs))
                        return "loadMs: integer expected";
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    if (typeof message.kind !== "number" || (message.kind | 0) !== message.kind)
                        return "kind: enum value expected";
                return null;
            };

            /**
             * Creates a BackendLoad message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof framefleet.v1.BackendLoad
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {framefleet.v1.BackendLoad} BackendLoad
             */
            BackendLoad.fromObject = function (object, _depth) {
                if (object instanceof $root.framefleet.v1.BackendLoad)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".framefleet.v1.BackendLoad: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.framefleet.v1.BackendLoad();
                if (object.node != null)
                    if (typeof object.node !== "string" || object.node.length)
                        message.node = $String(object.node);
                if (object.deviceUuid != null)
                    if (typeof object.deviceUuid !== "string" || object.deviceUuid.length)
                        message.deviceUuid = $String(object.deviceUuid);
                if (object.backend != null)
                    if (typeof object.backend !== "string" || object.backend.length)
                        message.backend = $String(object.backend);
                if (object.attempt != null)
                    if ($Number(object.attempt) !== 0)
                        message.attempt = object.attempt >>> 0;
                if (object.loadMs != null)
                    if ($Number(object.loadMs) !== 0)
                        message.loadMs = object.loadMs >>> 0;
                if (object.kind !== 0 && (typeof object.kind !== "string" || $root.framefleet.v1.TaskKind[object.kind] !== 0))
                    switch (object.kind) {
                    case "TASK_KIND_UNSPECIFIED":
                    case 0:
                        message.kind = 0;
                        break;
                    case "TASK_KIND_GEN":
                    case 1:
                        message.kind = 1;
                        break;
                    case "TASK_KIND_EVAL":
                    case 2:
                        message.kind = 2;
                        break;
                    default:
                        if (typeof object.kind === "number" && (object.kind | 0) === object.kind)
                            message.kind = object.kind;
                    }
                return message;
            };

            /**
             * Creates a plain object from a BackendLoad message. Also converts values to other types if specified.
             * @function toObject
             * @memberof framefleet.v1.BackendLoad
             * @static
             * @param {framefleet.v1.BackendLoad} message BackendLoad
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            BackendLoad.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.node = "";
                    object.deviceUuid = "";
                    object.backend = "";
                    object.attempt = 0;
                    object.loadMs = 0;
                    object.kind = options.enums === $String ? "TASK_KIND_UNSPECIFIED" : 0;
                }
                if (message.node != null && $Object.hasOwnProperty.call(message, "node"))
                    object.node = message.node;
                if (message.deviceUuid != null && $Object.hasOwnProperty.call(message, "deviceUuid"))
                    object.deviceUuid = message.deviceUuid;
                if (message.backend != null && $Object.hasOwnProperty.call(message, "backend"))
                    object.backend = message.backend;
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt"))
                    object.attempt = message.attempt;
                if (message.loadMs != null && $Object.hasOwnProperty.call(message, "loadMs"))
                    object.loadMs = message.loadMs;
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    object.kind = options.enums === $String ? $root.framefleet.v1.TaskKind[message.kind] === $undefined ? message.kind : $root.framefleet.v1.TaskKind[message.kind] : message.kind;
                return object;
            };

            /**
             * Converts this BackendLoad to JSON.
             * @function toJSON
             * @memberof framefleet.v1.BackendLoad
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            BackendLoad.prototype.toJSON = function() {
                return BackendLoad.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for BackendLoad
             * @function getTypeUrl
             * @memberof framefleet.v1.BackendLoad
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            BackendLoad.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/framefleet.v1.BackendLoad";
            };

            return BackendLoad;
        })();

        v1.SubmitRunRequest = (function() {

            /**
             * Properties of a SubmitRunRequest.
             * @typedef {Object} framefleet.v1.SubmitRunRequest.$Properties
             * @property {string|null} [specYaml] SubmitRunRequest specYaml
             * @property {string|null} [baseDir] SubmitRunRequest baseDir
             * @property {string|null} [specSource] SubmitRunRequest specSource
             * @property {string|null} [resumeRunId] SubmitRunRequest resumeRunId
             * @property {boolean|null} [failedOnly] SubmitRunRequest failedOnly
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SubmitRunRequest.
             * @memberof framefleet.v1
             * @interface ISubmitRunRequest
             * @augments framefleet.v1.SubmitRunRequest.$Properties
             * @deprecated Use framefleet.v1.SubmitRunRequest.$Properties instead.
             */

            /**
             * Shape of a SubmitRunRequest.
             * @typedef {framefleet.v1.SubmitRunRequest.$Properties} framefleet.v1.SubmitRunRequest.$Shape
             */

            /**
             * Constructs a new SubmitRunRequest.
             * @memberof framefleet.v1
             * @classdesc Represents a SubmitRunRequest.
             * @constructor
             * @param {framefleet.v1.SubmitRunRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var SubmitRunRequest = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SubmitRunRequest specYaml.
             * @member {string} specYaml
             * @memberof framefleet.v1.SubmitRunRequest
             * @instance
             */
            SubmitRunRequest.prototype.specYaml = "";

            /**
             * SubmitRunRequest baseDir.
             * @member {string} baseDir
             * @memberof framefleet.v1.SubmitRunRequest
             * @instance
             */
            SubmitRunRequest.prototype.baseDir = "";

            /**
             * SubmitRunRequest specSource.
             * @member {string} specSource
             * @memberof framefleet.v1.SubmitRunRequest
             * @instance
             */
            SubmitRunRequest.prototype.specSource = "";

            /**
             * SubmitRunRequest resumeRunId.
             * @member {string} resumeRunId
             * @memberof framefleet.v1.SubmitRunRequest
             * @instance
             */
            SubmitRunRequest.prototype.resumeRunId = "";

            /**
             * SubmitRunRequest failedOnly.
             * @member {boolean} failedOnly
             * @memberof framefleet.v1.SubmitRunRequest
             * @instance
             */
            SubmitRunRequest.prototype.failedOnly = false;

            /**
             * Creates a new SubmitRunRequest instance using the specified properties.
             * @function create
             * @memberof framefleet.v1.SubmitRunRequest
             * @static
             * @param {framefleet.v1.SubmitRunRequest.$Properties=} [properties] Properties to set
             * @returns {framefleet.v1.SubmitRunRequest} SubmitRunRequest instance
             * @type {{
             *   (properties: framefleet.v1.SubmitRunRequest.$Shape): framefleet.v1.SubmitRunRequest & framefleet.v1.SubmitRunRequest.$Shape;
             *   (properties?: framefleet.v1.SubmitRunRequest.$Properties): framefleet.v1.SubmitRunRequest;
             * }}
             */
            SubmitRunRequest.create = function(properties) {
                return new SubmitRunRequest(properties);
            };

            /**
             * Encodes the specified SubmitRunRequest message. Does not implicitly {@link framefleet.v1.SubmitRunRequest.verify|verify} messages.
             * @function encode
             * @memberof framefleet.v1.SubmitRunRequest
             * @static
             * @param {framefleet.v1.SubmitRunRequest.$Properties} message SubmitRunRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SubmitRunRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.specYaml != null && $Object.hasOwnProperty.call(message, "specYaml") && message.specYaml !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.specYaml);
                if (message.baseDir != null && $Object.hasOwnProperty.call(message, "baseDir") && message.baseDir !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.baseDir);
                if (message.specSource != null && $Object.hasOwnProperty.call(message, "specSource") && message.specSource !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.specSource);
                if (message.resumeRunId != null && $Object.hasOwnProperty.call(message, "resumeRunId") && message.resumeRunId !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.resumeRunId);
                if (message.failedOnly != null && $Object.hasOwnProperty.call(message, "failedOnly") && message.failedOnly !== false)
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.failedOnly);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified SubmitRunRequest message, length delimited. Does not implicitly {@link framefleet.v1.SubmitRunRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof framefleet.v1.SubmitRunRequest
             * @static
             * @param {framefleet.v1.SubmitRunRequest.$Properties} message SubmitRunRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SubmitRunRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SubmitRunRequest message from the specified reader or buffer.
             * @function decode
             * @memberof framefleet.v1.SubmitRunRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {framefleet.v1.SubmitRunRequest & framefleet.v1.SubmitRunRequest.$Shape} SubmitRunRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SubmitRunRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.framefleet.v1.SubmitRunRequest();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.specYaml = value;
                            else
                                delete message.specYaml;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.baseDir = value;
                            else
                                delete message.baseDir;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.specSource = value;
                            else
                                delete message.specSource;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.resumeRunId = value;
                            else
                                delete message.resumeRunId;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.failedOnly = value;
                            else
                                delete message.failedOnly;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a SubmitRunRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof framefleet.v1.SubmitRunRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {framefleet.v1.SubmitRunRequest & framefleet.v1.SubmitRunRequest.$Shape} SubmitRunRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SubmitRunRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SubmitRunRequest message.
             * @function verify
             * @memberof framefleet.v1.SubmitRunRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SubmitRunRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.specYaml != null && $Object.hasOwnProperty.call(message, "specYaml"))
                    if (!$util.isString(message.specYaml))
                        return "specYaml: string expected";
                if (message.baseDir != null && $Object.hasOwnProperty.call(message, "baseDir"))
                    if (!$util.isString(message.baseDir))
                        return "baseDir: string expected";
                if (message.specSource != null && $Object.hasOwnProperty.call(message, "specSource"))
                    if (!$util.isString(message.specSource))
                        return "specSource: string expected";
                if (message.resumeRunId != null && $Object.hasOwnProperty.call(message, "resumeRunId"))
                    if (!$util.isString(message.resumeRunId))
                        return "resumeRunId: string expected";
                if (message.failedOnly != null && $Object.hasOwnProperty.call(message, "failedOnly"))
                    if (typeof message.failedOnly !== "boolean")
                        return "failedOnly: boolean expected";
                return null;
            };

            /**
             * Creates a SubmitRunRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof framefleet.v1.SubmitRunRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {framefleet.v1.SubmitRunRequest} SubmitRunRequest
             */
            SubmitRunRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.framefleet.v1.SubmitRunRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".framefleet.v1.SubmitRunRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.framefleet.v1.SubmitRunRequest();
                if (object.specYaml != null)
                    if (typeof object.specYaml !== "string" || object.specYaml.length)
                        message.specYaml = $String(object.specYaml);
                if (object.baseDir != null)
                    if (typeof object.baseDir !== "string" || object.baseDir.length)
                        message.baseDir = $String(object.baseDir);
                if (object.specSource != null)
                    if (typeof object.specSource !== "string" || object.specSource.length)
                        message.specSource = $String(object.specSource);
                if (object.resumeRunId != null)
                    if (typeof object.resumeRunId !== "string" || object.resumeRunId.length)
                        message.resumeRunId = $String(object.resumeRunId);
                if (object.failedOnly != null)
                    if (object.failedOnly)
                        message.failedOnly = $Boolean(object.failedOnly);
                return message;
            };

            /**
             * Creates a plain object from a SubmitRunRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof framefleet.v1.SubmitRunRequest
             * @static
             * @param {framefleet.v1.SubmitRunRequest} message SubmitRunRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SubmitRunRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.specYaml = "";
                    object.baseDir = "";
                    object.specSource = "";
                    object.resumeRunId = "";
                    object.failedOnly = false;
                }
                if (message.specYaml != null && $Object.hasOwnProperty.call(message, "specYaml"))
                    object.specYaml = message.specYaml;
                if (message.baseDir != null && $Object.hasOwnProperty.call(message, "baseDir"))
                    object.baseDir = message.baseDir;
                if (message.specSource != null && $Object.hasOwnProperty.call(message, "specSource"))
                    object.specSource = message.specSource;
                if (message.resumeRunId != null && $Object.hasOwnProperty.call(message, "resumeRunId"))
                    object.resumeRunId = message.resumeRunId;
                if (message.failedOnly != null && $Object.hasOwnProperty.call(message, "failedOnly"))
                    object.failedOnly = message.failedOnly;
                return object;
            };

            /**
             * Converts this SubmitRunRequest to JSON.
             * @function toJSON
             * @memberof framefleet.v1.SubmitRunRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SubmitRunRequest.prototype.toJSON = function() {
                return SubmitRunRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SubmitRunRequest
             * @function getTypeUrl
             * @memberof framefleet.v1.SubmitRunRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SubmitRunRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/framefleet.v1.SubmitRunRequest";
            };

            return SubmitRunRequest;
        })();

        v1.SubmitRunResponse = (function() {

            /**
             * Properties of a SubmitRunResponse.
             * @typedef {Object} framefleet.v1.SubmitRunResponse.$Properties
             * @property {string|null} [runId] SubmitRunResponse runId
             * @property {number|null} [tasks] SubmitRunResponse tasks
             * @property {string|null} [outputDir] SubmitRunResponse outputDir
             * @property {string|null} [disposition] SubmitRunResponse disposition
             * @property {number|null} [requeued] SubmitRunResponse requeued
             * @property {number|null} [reused] SubmitRunResponse reused
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SubmitRunResponse.
             * @memberof framefleet.v1
             * @interface ISubmitRunResponse
             * @augments framefleet.v1.SubmitRunResponse.$Properties
             * @deprecated Use framefleet.v1.SubmitRunResponse.$Properties instead.
             */

            /**
             * Shape of a SubmitRunResponse.
             * @typedef {framefleet.v1.SubmitRunResponse.$Properties} framefleet.v1.SubmitRunResponse.$Shape
             */

            /**
             * Constructs a new SubmitRunResponse.
             * @memberof framefleet.v1
             * @classdesc Represents a SubmitRunResponse.
             * @constructor
             * @param {framefleet.v1.SubmitRunResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var SubmitRunResponse = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SubmitRunResponse runId.
             * @member {string} runId
             * @memberof framefleet.v1.SubmitRunResponse
             * @instance
             */
            SubmitRunResponse.prototype.runId = "";

            /**
             * SubmitRunResponse tasks.
             * @member {number} tasks
             * @memberof framefleet.v1.SubmitRunResponse
             * @instance
             */
            SubmitRunResponse.prototype.tasks = 0;

            /**
             * SubmitRunResponse outputDir.
             * @member {string} outputDir
             * @memberof framefleet.v1.SubmitRunResponse
             * @instance
             */
            SubmitRunResponse.prototype.outputDir = "";

            /**
             * SubmitRunResponse disposition.
             * @member {string} disposition
             * @memberof framefleet.v1.SubmitRunResponse
             * @instance
             */
            SubmitRunResponse.prototype.disposition = "";

            /**
             * SubmitRunResponse requeued.
             * @member {number} requeued
             * @memberof framefleet.v1.SubmitRunResponse
             * @instance
             */
            SubmitRunResponse.prototype.requeued = 0;

            /**
             * SubmitRunResponse reused.
             * @member {number} reused
             * @memberof framefleet.v1.SubmitRunResponse
             * @instance
             */
            SubmitRunResponse.prototype.reused = 0;

            /**
             * Creates a new SubmitRunResponse instance using the specified properties.
             * @function create
             * @memberof framefleet.v1.SubmitRunResponse
             * @static
             * @param {framefleet.v1.SubmitRunResponse.$Properties=} [properties] Properties to set
             * @returns {framefleet.v1.SubmitRunResponse} SubmitRunResponse instance
             * @type {{
             *   (properties: framefleet.v1.SubmitRunResponse.$Shape): framefleet.v1.SubmitRunResponse & framefleet.v1.SubmitRunResponse.$Shape;
             *   (properties?: framefleet.v1.SubmitRunResponse.$Properties): framefleet.v1.SubmitRunResponse;
             * }}
             */
            SubmitRunResponse.create = function(properties) {
                return new SubmitRunResponse(properties);
            };

            /**
             * Encodes the specified SubmitRunResponse message. Does not implicitly {@link framefleet.v1.SubmitRunResponse.verify|verify} messages.
             * @function encode
             * @memberof framefleet.v1.SubmitRunResponse
             * @static
             * @param {framefleet.v1.SubmitRunResponse.$Properties} message SubmitRunResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SubmitRunResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId") && message.runId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.runId);
                if (message.tasks != null && $Object.hasOwnProperty.call(message, "tasks") && message.tasks !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.tasks);
                if (message.outputDir != null && $Object.hasOwnProperty.call(message, "outputDir") && message.outputDir !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.outputDir);
                if (message.disposition != null && $Object.hasOwnProperty.call(message, "disposition") && message.disposition !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.disposition);
                if (message.requeued != null && $Object.hasOwnProperty.call(message, "requeued") && message.requeued !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.requeued);
                if (message.reused != null && $Object.hasOwnProperty.call(message, "reused") && message.reused !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.reused);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified SubmitRunResponse message, length delimited. Does not implicitly {@link framefleet.v1.SubmitRunResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof framefleet.v1.SubmitRunResponse
             * @static
             * @param {framefleet.v1.SubmitRunResponse.$Properties} message SubmitRunResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SubmitRunResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SubmitRunResponse message from the specified reader or buffer.
             * @function decode
             * @memberof framefleet.v1.SubmitRunResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {framefleet.v1.SubmitRunResponse & framefleet.v1.SubmitRunResponse.$Shape} SubmitRunResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SubmitRunResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.framefleet.v1.SubmitRunResponse();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.runId = value;
                            else
                                delete message.runId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.tasks = value;
                            else
                                delete message.tasks;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.outputDir = value;
                            else
                                delete message.outputDir;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.disposition = value;
                            else
                                delete message.disposition;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.requeued = value;
                            else
                                delete message.requeued;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.reused = value;
                            else
                                delete message.reused;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a SubmitRunResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof framefleet.v1.SubmitRunResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {framefleet.v1.SubmitRunResponse & framefleet.v1.SubmitRunResponse.$Shape} SubmitRunResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SubmitRunResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SubmitRunResponse message.
             * @function verify
             * @memberof framefleet.v1.SubmitRunResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SubmitRunResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                    if (!$util.isString(message.runId))
                        return "runId: string expected";
                if (message.tasks != null && $Object.hasOwnProperty.call(message, "tasks"))
                    if (!$util.isInteger(message.tasks))
                        return "tasks: integer expected";
                if (message.outputDir != null && $Object.hasOwnProperty.call(message, "outputDir"))
                    if (!$util.isString(message.outputDir))
                        return "outputDir: string expected";
                if (message.disposition != null && $Object.hasOwnProperty.call(message, "disposition"))
                    if (!$util.isString(message.disposition))
                        return "disposition: string expected";
                if (message.requeued != null && $Object.hasOwnProperty.call(message, "requeued"))
                    if (!$util.isInteger(message.requeued))
                        return "requeued: integer expected";
                if (message.reused != null && $Object.hasOwnProperty.call(message, "reused"))
                    if (!$util.isInteger(message.reused))
                        return "reused: integer expected";
                return null;
            };

            /**
             * Creates a SubmitRunResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof framefleet.v1.SubmitRunResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {framefleet.v1.SubmitRunResponse} SubmitRunResponse
             */
            SubmitRunResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.framefleet.v1.SubmitRunResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".framefleet.v1.SubmitRunResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.framefleet.v1.SubmitRunResponse();
                if (object.runId != null)
                    if (typeof object.runId !== "string" || object.runId.length)
                        message.runId = $String(object.runId);
                if (object.tasks != null)
                    if ($Number(object.tasks) !== 0)
                        message.tasks = object.tasks >>> 0;
                if (object.outputDir != null)
                    if (typeof object.outputDir !== "string" || object.outputDir.length)
                        message.outputDir = $String(object.outputDir);
                if (object.disposition != null)
                    if (typeof object.disposition !== "string" || object.disposition.length)
                        message.disposition = $String(object.disposition);
                if (object.requeued != null)
                    if ($Number(object.requeued) !== 0)
                        message.requeued = object.requeued >>> 0;
                if (object.reused != null)
                    if ($Number(object.reused) !== 0)
                        message.reused = object.reused >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a SubmitRunResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof framefleet.v1.SubmitRunResponse
             * @static
             * @param {framefleet.v1.SubmitRunResponse} message SubmitRunResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SubmitRunResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.runId = "";
                    object.tasks = 0;
                    object.outputDir = "";
                    object.disposition = "";
                    object.requeued = 0;
                    object.reused = 0;
                }
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                    object.runId = message.runId;
                if (message.tasks != null && $Object.hasOwnProperty.call(message, "tasks"))
                    object.tasks = message.tasks;
                if (message.outputDir != null && $Object.hasOwnProperty.call(message, "outputDir"))
                    object.outputDir = message.outputDir;
                if (message.disposition != null && $Object.hasOwnProperty.call(message, "disposition"))
                    object.disposition = message.disposition;
                if (message.requeued != null && $Object.hasOwnProperty.call(message, "requeued"))
                    object.requeued = message.requeued;
                if (message.reused != null && $Object.hasOwnProperty.call(message, "reused"))
                    object.reused = message.reused;
                return object;
            };

            /**
             * Converts this SubmitRunResponse to JSON.
             * @function toJSON
             * @memberof framefleet.v1.SubmitRunResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SubmitRunResponse.prototype.toJSON = function() {
                return SubmitRunResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SubmitRunResponse
             * @function getTypeUrl
             * @memberof framefleet.v1.SubmitRunResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SubmitRunResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/framefleet.v1.SubmitRunResponse";
            };

            return SubmitRunResponse;
        })();

        v1.GetRunRequest = (function() {

            /**
             * Properties of a GetRunRequest.
             * @typedef {Object} framefleet.v1.GetRunRequest.$Properties
             * @property {string|null} [runId] GetRunRequest runId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a GetRunRequest.
             * @memberof framefleet.v1
             * @interface IGetRunRequest
             * @augments framefleet.v1.GetRunRequest.$Properties
             * @deprecated Use framefleet.v1.GetRunRequest.$Properties instead.
             */

            /**
             * Shape of a GetRunRequest.
             * @typedef {framefleet.v1.GetRunRequest.$Properties} framefleet.v1.GetRunRequest.$Shape
             */

            /**
             * Constructs a new GetRunRequest.
             * @memberof framefleet.v1
             * @classdesc Represents a GetRunRequest.
             * @constructor
             * @param {framefleet.v1.GetRunRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var GetRunRequest = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * GetRunRequest runId.
             * @member {string} runId
             * @memberof framefleet.v1.GetRunRequest
             * @instance
             */
            GetRunRequest.prototype.runId = "";

            /**
             * Creates a new GetRunRequest instance using the specified properties.
             * @function create
             * @memberof framefleet.v1.GetRunRequest
             * @static
             * @param {framefleet.v1.GetRunRequest.$Properties=} [properties] Properties to set
             * @returns {framefleet.v1.GetRunRequest} GetRunRequest instance
             * @type {{
             *   (properties: framefleet.v1.GetRunRequest.$Shape): framefleet.v1.GetRunRequest & framefleet.v1.GetRunRequest.$Shape;
             *   (properties?: framefleet.v1.GetRunRequest.$Properties): framefleet.v1.GetRunRequest;
             * }}
             */
            GetRunRequest.create = function(properties) {
                return new GetRunRequest(properties);
            };

            /**
             * Encodes the specified GetRunRequest message. Does not implicitly {@link framefleet.v1.GetRunRequest.verify|verify} messages.
             * @function encode
             * @memberof framefleet.v1.GetRunRequest
             * @static
             * @param {framefleet.v1.GetRunRequest.$Properties} message GetRunRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetRunRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId") && message.runId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.runId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified GetRunRequest message, length delimited. Does not implicitly {@link framefleet.v1.GetRunRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof framefleet.v1.GetRunRequest
             * @static
             * @param {framefleet.v1.GetRunRequest.$Properties} message GetRunRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetRunRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a GetRunRequest message from the specified reader or buffer.
             * @function decode
             * @memberof framefleet.v1.GetRunRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {framefleet.v1.GetRunRequest & framefleet.v1.GetRunRequest.$Shape} GetRunRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetRunRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.framefleet.v1.GetRunRequest();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.runId = value;
                            else
                                delete message.runId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a GetRunRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof framefleet.v1.GetRunRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {framefleet.v1.GetRunRequest & framefleet.v1.GetRunRequest.$Shape} GetRunRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetRunRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a GetRunRequest message.
             * @function verify
             * @memberof framefleet.v1.GetRunRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            GetRunRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                    if (!$util.isString(message.runId))
                        return "runId: string expected";
                return null;
            };

            /**
             * Creates a GetRunRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof framefleet.v1.GetRunRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {framefleet.v1.GetRunRequest} GetRunRequest
             */
            GetRunRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.framefleet.v1.GetRunRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".framefleet.v1.GetRunRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.framefleet.v1.GetRunRequest();
                if (object.runId != null)
                    if (typeof object.runId !== "string" || object.runId.length)
                        message.runId = $String(object.runId);
                return message;
            };

            /**
             * Creates a plain object from a GetRunRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof framefleet.v1.GetRunRequest
             * @static
             * @param {framefleet.v1.GetRunRequest} message GetRunRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            GetRunRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults)
                    object.runId = "";
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                    object.runId = message.runId;
                return object;
            };

            /**
             * Converts this GetRunRequest to JSON.
             * @function toJSON
             * @memberof framefleet.v1.GetRunRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            GetRunRequest.prototype.toJSON = function() {
                return GetRunRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for GetRunRequest
             * @function getTypeUrl
             * @memberof framefleet.v1.GetRunRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            GetRunRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/framefleet.v1.GetRunRequest";
            };

            return GetRunRequest;
        })();

        v1.RunningTask = (function() {

            /**
             * Properties of a RunningTask.
             * @typedef {Object} framefleet.v1.RunningTask.$Properties
             * @property {string|null} [taskId] RunningTask taskId
             * @property {string|null} [itemKey] RunningTask itemKey
             * @property {string|null} [node] RunningTask node
             * @property {string|null} [deviceUuid] RunningTask deviceUuid
             * @property {number|null} [startedAtMs] RunningTask startedAtMs
             * @property {framefleet.v1.TaskKind|null} [kind] RunningTask kind
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RunningTask.
             * @memberof framefleet.v1
             * @interface IRunningTask
             * @augments framefleet.v1.RunningTask.$Properties
             * @deprecated Use framefleet.v1.RunningTask.$Properties instead.
             */

            /**
             * Shape of a RunningTask.
             * @typedef {framefleet.v1.RunningTask.$Properties} framefleet.v1.RunningTask.$Shape
             */

            /**
             * Constructs a new RunningTask.
             * @memberof framefleet.v1
             * @classdesc Represents a RunningTask.
             * @constructor
             * @param {framefleet.v1.RunningTask.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var RunningTask = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RunningTask taskId.
             * @member {string} taskId
             * @memberof framefleet.v1.RunningTask
             * @instance
             */
            RunningTask.prototype.taskId = "";

            /**
             * RunningTask itemKey.
             * @member {string} itemKey
             * @memberof framefleet.v1.RunningTask
             * @instance
             */
            RunningTask.prototype.itemKey = "";

            /**
             * RunningTask node.
             * @member {string} node
             * @memberof framefleet.v1.RunningTask
             * @instance
             */
            RunningTask.prototype.node = "";

            /**
             * RunningTask deviceUuid.
             * @member {string} deviceUuid
             * @memberof framefleet.v1.RunningTask
             * @instance
             */
            RunningTask.prototype.deviceUuid = "";

            /**
             * RunningTask startedAtMs.
             * @member {number} startedAtMs
             * @memberof framefleet.v1.RunningTask
             * @instance
             */
            RunningTask.prototype.startedAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * RunningTask kind.
             * @member {framefleet.v1.TaskKind} kind
             * @memberof framefleet.v1.RunningTask
             * @instance
             */
            RunningTask.prototype.kind = 0;

            /**
             * Creates a new RunningTask instance using the specified properties.
             * @function create
             * @memberof framefleet.v1.RunningTask
             * @static
             * @param {framefleet.v1.RunningTask.$Properties=} [properties] Properties to set
             * @returns {framefleet.v1.RunningTask} RunningTask instance
             * @type {{
             *   (properties: framefleet.v1.RunningTask.$Shape): framefleet.v1.RunningTask & framefleet.v1.RunningTask.$Shape;
             *   (properties?: framefleet.v1.RunningTask.$Properties): framefleet.v1.RunningTask;
             * }}
             */
            RunningTask.create = function(properties) {
                return new RunningTask(properties);
            };

            /**
             * Encodes the specified RunningTask message. Does not implicitly {@link framefleet.v1.RunningTask.verify|verify} messages.
             * @function encode
             * @memberof framefleet.v1.RunningTask
             * @static
             * @param {framefleet.v1.RunningTask.$Properties} message RunningTask message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RunningTask.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId") && message.taskId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.taskId);
                if (message.itemKey != null && $Object.hasOwnProperty.call(message, "itemKey") && message.itemKey !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.itemKey);
                if (message.node != null && $Object.hasOwnProperty.call(message, "node") && message.node !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.node);
                if (message.deviceUuid != null && $Object.hasOwnProperty.call(message, "deviceUuid") && message.deviceUuid !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.deviceUuid);
                if (message.startedAtMs != null && $Object.hasOwnProperty.call(message, "startedAtMs") && (typeof message.startedAtMs === "object" ? message.startedAtMs.low || message.startedAtMs.high : message.startedAtMs !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.startedAtMs);
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).int32(message.kind);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified RunningTask message, length delimited. Does not implicitly {@link framefleet.v1.RunningTask.verify|verify} messages.
             * @function encodeDelimited
             * @memberof framefleet.v1.RunningTask
             * @static
             * @param {framefleet.v1.RunningTask.$Properties} message RunningTask message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RunningTask.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a RunningTask message from the specified reader or buffer.
             * @function decode
             * @memberof framefleet.v1.RunningTask
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {framefleet.v1.RunningTask & framefleet.v1.RunningTask.$Shape} RunningTask
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RunningTask.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.framefleet.v1.RunningTask();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.taskId = value;
                            else
                                delete message.taskId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.itemKey = value;
                            else
                                delete message.itemKey;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.node = value;
                            else
                                delete message.node;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.deviceUuid = value;
                            else
                                delete message.deviceUuid;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.startedAtMs = value;
                            else
                                delete message.startedAtMs;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a RunningTask message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof framefleet.v1.RunningTask
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {framefleet.v1.RunningTask & framefleet.v1.RunningTask.$Shape} RunningTask
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RunningTask.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a RunningTask message.
             * @function verify
             * @memberof framefleet.v1.RunningTask
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            RunningTask.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId"))
                    if (!$util.isString(message.taskId))
                        return "taskId: string expected";
                if (message.itemKey != null && $Object.hasOwnProperty.call(message, "itemKey"))
                    if (!$util.isString(message.itemKey))
                        return "itemKey: string expected";
                if (message.node != null && $Object.hasOwnProperty.call(message, "node"))
                    if (!$util.isString(message.node))
                        return "node: string expected";
                if (message.deviceUuid != null && $Object.hasOwnProperty.call(message, "deviceUuid"))
                    if (!$util.isString(message.deviceUuid))
                        return "deviceUuid: string expected";
                if (message.startedAtMs != null && $Object.hasOwnProperty.call(message, "startedAtMs"))
                    if (!$util.isInteger(message.startedAtMs) && !(message.startedAtMs && $util.isInteger(message.startedAtMs.low) && $util.isInteger(message.startedAtMs.high)))
                        return "startedAtMs: integer|Long expected";
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    if (typeof message.kind !== "number" || (message.kind | 0) !== message.kind)
                        return "kind: enum value expected";
                return null;
            };

            /**
             * Creates a RunningTask message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof framefleet.v1.RunningTask
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {framefleet.v1.RunningTask} RunningTask
             */
            RunningTask.fromObject = function (object, _depth) {
                if (object instanceof $root.framefleet.v1.RunningTask)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".framefleet.v1.RunningTask: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.framefleet.v1.RunningTask();
                if (object.taskId != null)
                    if (typeof object.taskId !== "string" || object.taskId.length)
                        message.taskId = $String(object.taskId);
                if (object.itemKey != null)
                    if (typeof object.itemKey !== "string" || object.itemKey.length)
                        message.itemKey = $String(object.itemKey);
                if (object.node != null)
                    if (typeof object.node !== "string" || object.node.length)
                        message.node = $String(object.node);
                if (object.deviceUuid != null)
                    if (typeof object.deviceUuid !== "string" || object.deviceUuid.length)
                        message.deviceUuid = $String(object.deviceUuid);
                if (object.startedAtMs != null)
                    if (typeof object.startedAtMs === "object" ? object.startedAtMs.low || object.startedAtMs.high : $Number(object.startedAtMs) !== 0)
                        if ($util.Long)
                            message.startedAtMs = $util.Long.fromValue(object.startedAtMs, false);
                        else if (typeof object.startedAtMs === "string")
                            message.startedAtMs = $parseInt(object.startedAtMs, 10);
                        else if (typeof object.startedAtMs === "number")
                            message.startedAtMs = object.startedAtMs;
                        else if (typeof object.startedAtMs === "object")
                            message.startedAtMs = new $util.LongBits(object.startedAtMs.low >>> 0, object.startedAtMs.high >>> 0).toNumber();
                if (object.kind !== 0 && (typeof object.kind !== "string" || $root.framefleet.v1.TaskKind[object.kind] !== 0))
                    switch (object.kind) {
                    case "TASK_KIND_UNSPECIFIED":
                    case 0:
                        message.kind = 0;
                        break;
                    case "TASK_KIND_GEN":
                    case 1:
                        message.kind = 1;
                        break;
                    case "TASK_KIND_EVAL":
                    case 2:
                        message.kind = 2;
                        break;
                    default:
                        if (typeof object.kind === "number" && (object.kind | 0) === object.kind)
                            message.kind = object.kind;
                    }
                return message;
            };

            /**
             * Creates a plain object from a RunningTask message. Also converts values to other types if specified.
             * @function toObject
             * @memberof framefleet.v1.RunningTask
             * @static
             * @param {framefleet.v1.RunningTask} message RunningTask
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RunningTask.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.taskId = "";
                    object.itemKey = "";
                    object.node = "";
                    object.deviceUuid = "";
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, false);
                        object.startedAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.startedAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.kind = options.enums === $String ? "TASK_KIND_UNSPECIFIED" : 0;
                }
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId"))
                    object.taskId = message.taskId;
                if (message.itemKey != null && $Object.hasOwnProperty.call(message, "itemKey"))
                    object.itemKey = message.itemKey;
                if (message.node != null && $Object.hasOwnProperty.call(message, "node"))
                    object.node = message.node;
                if (message.deviceUuid != null && $Object.hasOwnProperty.call(message, "deviceUuid"))
                    object.deviceUuid = message.deviceUuid;
                if (message.startedAtMs != null && $Object.hasOwnProperty.call(message, "startedAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.startedAtMs = typeof message.startedAtMs === "number" ? $BigInt(message.startedAtMs) : $util.Long.fromBits(message.startedAtMs.low >>> 0, message.startedAtMs.high >>> 0, false).toBigInt();
                    else if (typeof message.startedAtMs === "number")
                        object.startedAtMs = options.longs === $String ? $String(message.startedAtMs) : message.startedAtMs;
                    else
                        object.startedAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.startedAtMs) : options.longs === $Number ? new $util.LongBits(message.startedAtMs.low >>> 0, message.startedAtMs.high >>> 0).toNumber() : message.startedAtMs;
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    object.kind = options.enums === $String ? $root.framefleet.v1.TaskKind[message.kind] === $undefined ? message.kind : $root.framefleet.v1.TaskKind[message.kind] : message.kind;
                return object;
            };

            /**
             * Converts this RunningTask to JSON.
             * @function toJSON
             * @memberof framefleet.v1.RunningTask
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RunningTask.prototype.toJSON = function() {
                return RunningTask.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RunningTask
             * @function getTypeUrl
             * @memberof framefleet.v1.RunningTask
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RunningTask.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/framefleet.v1.RunningTask";
            };

            return RunningTask;
        })();

        v1.RunStatus = (function() {

            /**
             * Properties of a RunStatus.
             * @typedef {Object} framefleet.v1.RunStatus.$Properties
             * @property {framefleet.v1.RunRecord.$Properties|null} [run] RunStatus run
             * @property {number|null} [etaS] RunStatus etaS
             * @property {number|null} [videosPerHour] RunStatus videosPerHour
             * @property {Array.<framefleet.v1.RunningTask.$Properties>|null} [running] RunStatus running
             * @property {Array.<framefleet.v1.FailedItem.$Properties>|null} [failures] RunStatus failures
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RunStatus.
             * @memberof framefleet.v1
             * @interface IRunStatus
             * @augments framefleet.v1.RunStatus.$Properties
             * @deprecated Use framefleet.v1.RunStatus.$Properties instead.
             */

            /**
             * Shape of a RunStatus.
             * @typedef {framefleet.v1.RunStatus.$Properties} framefleet.v1.RunStatus.$Shape
             */

            /**
             * Constructs a new RunStatus.
             * @memberof framefleet.v1
             * @classdesc Represents a RunStatus.
             * @constructor
             * @param {framefleet.v1.RunStatus.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var RunStatus = function (properties) {
                this.running = [];
                this.failures = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RunStatus run.
             * @member {framefleet.v1.RunRecord.$Properties|null|undefined} run
             * @memberof framefleet.v1.RunStatus
             * @instance
             */
            RunStatus.prototype.run = null;

            /**
             * RunStatus etaS.
             * @member {number} etaS
             * @memberof framefleet.v1.RunStatus
             * @instance
             */
            RunStatus.prototype.etaS = 0;

            /**
             * RunStatus videosPerHour.
             * @member {number} videosPerHour
             * @memberof framefleet.v1.RunStatus
             * @instance
             */
            RunStatus.prototype.videosPerHour = 0;

            /**
             * RunStatus running.
             * @member {Array.<framefleet.v1.RunningTask.$Properties>} running
             * @memberof framefleet.v1.RunStatus
             * @instance
             */
            RunStatus.prototype.running = $util.emptyArray;

            /**
             * RunStatus failures.
             * @member {Array.<framefleet.v1.FailedItem.$Properties>} failures
             * @memberof framefleet.v1.RunStatus
             * @instance
             */
            RunStatus.prototype.failures = $util.emptyArray;

            /**
             * Creates a new RunStatus instance using the specified properties.
             * @function create
             * @memberof framefleet.v1.RunStatus
             * @static
             * @param {framefleet.v1.RunStatus.$Properties=} [properties] Properties to set
             * @returns {framefleet.v1.RunStatus} RunStatus instance
             * @type {{
             *   (properties: framefleet.v1.RunStatus.$Shape): framefleet.v1.RunStatus & framefleet.v1.RunStatus.$Shape;
             *   (properties?: framefleet.v1.RunStatus.$Properties): framefleet.v1.RunStatus;
             * }}
             */
            RunStatus.create = function(properties) {
                return new RunStatus(properties);
            };

            /**
             * Encodes the specified RunStatus message. Does not implicitly {@link framefleet.v1.RunStatus.verify|verify} messages.
             * @function encode
             * @memberof framefleet.v1.RunStatus
             * @static
             * @param {framefleet.v1.RunStatus.$Properties} message RunStatus message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RunStatus.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.run != null && $Object.hasOwnProperty.call(message, "run"))
                    $root.framefleet.v1.RunRecord.encode(message.run, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.etaS != null && $Object.hasOwnProperty.call(message, "etaS") && !$Object.is(message.etaS, 0))
                    writer.uint32(/* id 2, wireType 1 =*/17).double(message.etaS);
                if (message.videosPerHour != null && $Object.hasOwnProperty.call(message, "videosPerHour") && !$Object.is(message.videosPerHour, 0))
                    writer.uint32(/* id 3, wireType 1 =*/25).double(message.videosPerHour);
                if (message.running != null && message.running.length)
                    for (var i = 0; i < message.running.length; ++i)
                        $root.framefleet.v1.RunningTask.encode(message.running[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.failures != null && message.failures.length)
                    for (var i = 0; i < message.failures.length; ++i)
                        $root.framefleet.v1.FailedItem.encode(message.failures[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified RunStatus message, length delimited. Does not implicitly {@link framefleet.v1.RunStatus.verify|verify} messages.
             * @function encodeDelimited
             * @memberof framefleet.v1.RunStatus
             * @static
             * @param {framefleet.v1.RunStatus.$Properties} message RunStatus message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RunStatus.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a RunStatus message from the specified reader or buffer.
             * @function decode
             * @memberof framefleet.v1.RunStatus
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {framefleet.v1.RunStatus & framefleet.v1.RunStatus.$Shape} RunStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RunStatus.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.framefleet.v1.RunStatus();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.run = $root.framefleet.v1.RunRecord.decode(reader, reader.size(), $undefined, _depth + 1, message.run);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.etaS = value;
                            else
                                delete message.etaS;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.videosPerHour = value;
                            else
                                delete message.videosPerHour;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.running && message.running.length))
                                message.running = [];
                            message.running.push($root.framefleet.v1.RunningTask.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.failures && message.failures.length))
                                message.failures = [];
                            message.failures.push($root.framefleet.v1.FailedItem.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a RunStatus message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof framefleet.v1.RunStatus
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {framefleet.v1.RunStatus & framefleet.v1.RunStatus.$Shape} RunStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RunStatus.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a RunStatus message.
             * @function verify
             * @memberof framefleet.v1.RunStatus
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            RunStatus.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.run != null && $Object.hasOwnProperty.call(message, "run")) {
                    var error = $root.framefleet.v1.RunRecord.verify(message.run, _depth + 1);
                    if (error)
                        return "run." + error;
                }
                if (message.etaS != null && $Object.hasOwnProperty.call(message, "etaS"))
                    if (typeof message.etaS !== "number")
                        return "etaS: number expected";
                if (message.videosPerHour != null && $Object.hasOwnProperty.call(message, "videosPerHour"))
                    if (typeof message.videosPerHour !== "number")
                        return "videosPerHour: number expected";
                if (message.running != null && $Object.hasOwnProperty.call(message, "running")) {
                    if (!$Array.isArray(message.running))
                        return "running: array expected";
                    for (var i = 0; i < message.running.length; ++i) {
                        var error = $root.framefleet.v1.RunningTask.verify(message.running[i], _depth + 1);
                        if (error)
                            return "running." + error;
                    }
                }
                if (message.failures != null && $Object.hasOwnProperty.call(message, "failures")) {
                    if (!$Array.isArray(message.failures))
                        return "failures: array expected";
                    for (var i = 0; i < message.failures.length; ++i) {
                        var error = $root.framefleet.v1.FailedItem.verify(message.failures[i], _depth + 1);
                        if (error)
                            return "failures." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a RunStatus message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof framefleet.v1.RunStatus
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {framefleet.v1.RunStatus} RunStatus
             */
            RunStatus.fromObject = function (object, _depth) {
                if (object instanceof $root.framefleet.v1.RunStatus)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".framefleet.v1.RunStatus: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.framefleet.v1.RunStatus();
                if (object.run != null) {
                    if (!$util.isObject(object.run))
                        throw $TypeError(".framefleet.v1.RunStatus.run: object expected");
                    message.run = $root.framefleet.v1.RunRecord.fromObject(object.run, _depth + 1);
                }
                if (object.etaS != null)
                    if (!$Object.is($Number(object.etaS), 0))
                        message.etaS = $Number(object.etaS);
                if (object.videosPerHour != null)
                    if (!$Object.is($Number(object.videosPerHour), 0))
                        message.videosPerHour = $Number(object.videosPerHour);
                if (object.running) {
                    if (!$Array.isArray(object.running))
                        throw $TypeError(".framefleet.v1.RunStatus.running: array expected");
                    message.running = $Array(object.running.length);
                    for (var i = 0; i < object.running.length; ++i) {
                        if (!$util.isObject(object.running[i]))
                            throw $TypeError(".framefleet.v1.RunStatus.running: object expected");
                        message.running[i] = $root.framefleet.v1.RunningTask.fromObject(object.running[i], _depth + 1);
                    }
                }
                if (object.failures) {
                    if (!$Array.isArray(object.failures))
                        throw $TypeError(".framefleet.v1.RunStatus.failures: array expected");
                    message.failures = $Array(object.failures.length);
                    for (var i = 0; i < object.failures.length; ++i) {
                        if (!$util.isObject(object.failures[i]))
                            throw $TypeError(".framefleet.v1.RunStatus.failures: object expected");
                        message.failures[i] = $root.framefleet.v1.FailedItem.fromObject(object.failures[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a RunStatus message. Also converts values to other types if specified.
             * @function toObject
             * @memberof framefleet.v1.RunStatus
             * @static
             * @param {framefleet.v1.RunStatus} message RunStatus
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RunStatus.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.arrays || options.defaults) {
                    object.running = [];
                    object.failures = [];
                }
                if (options.defaults) {
                    object.run = null;
                    object.etaS = 0;
                    object.videosPerHour = 0;
                }
                if (message.run != null && $Object.hasOwnProperty.call(message, "run"))
                    object.run = $root.framefleet.v1.RunRecord.toObject(message.run, options, _depth + 1);
                if (message.etaS != null && $Object.hasOwnProperty.call(message, "etaS"))
                    object.etaS = options.json && !$isFinite(message.etaS) ? $String(message.etaS) : message.etaS;
                if (message.videosPerHour != null && $Object.hasOwnProperty.call(message, "videosPerHour"))
                    object.videosPerHour = options.json && !$isFinite(message.videosPerHour) ? $String(message.videosPerHour) : message.videosPerHour;
                if (message.running && message.running.length) {
                    object.running = $Array(message.running.length);
                    for (var j = 0; j < message.running.length; ++j)
                        object.running[j] = $root.framefleet.v1.RunningTask.toObject(message.running[j], options, _depth + 1);
                }
                if (message.failures && message.failures.length) {
                    object.failures = $Array(message.failures.length);
                    for (var j = 0; j < message.failures.length; ++j)
                        object.failures[j] = $root.framefleet.v1.FailedItem.toObject(message.failures[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this RunStatus to JSON.
             * @function toJSON
             * @memberof framefleet.v1.RunStatus
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RunStatus.prototype.toJSON = function() {
                return RunStatus.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RunStatus
             * @function getTypeUrl
             * @memberof framefleet.v1.RunStatus
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RunStatus.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/framefleet.v1.RunStatus";
            };

            return RunStatus;
        })();

        v1.FailedItem = (function() {

            /**
             * Properties of a FailedItem.
             * @typedef {Object} framefleet.v1.FailedItem.$Properties
             * @property {string|null} [taskId] FailedItem taskId
             * @property {string|null} [itemKey] FailedItem itemKey
             * @property {string|null} [error] FailedItem error
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FailedItem.
             * @memberof framefleet.v1
             * @interface IFailedItem
             * @augments framefleet.v1.FailedItem.$Properties
             * @deprecated Use framefleet.v1.FailedItem.$Properties instead.
             */

            /**
             * Shape of a FailedItem.
             * @typedef {framefleet.v1.FailedItem.$Properties} framefleet.v1.FailedItem.$Shape
             */

            /**
             * Constructs a new FailedItem.
             * @memberof framefleet.v1
             * @classdesc Represents a FailedItem.
             * @constructor
             * @param {framefleet.v1.FailedItem.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var FailedItem = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * FailedItem taskId.
             * @member {string} taskId
             * @memberof framefleet.v1.FailedItem
             * @instance
             */
            FailedItem.prototype.taskId = "";

            /**
             * FailedItem itemKey.
             * @member {string} itemKey
             * @memberof framefleet.v1.FailedItem
             * @instance
             */
            FailedItem.prototype.itemKey = "";

            /**
             * FailedItem error.
             * @member {string} error
             * @memberof framefleet.v1.FailedItem
             * @instance
             */
            FailedItem.prototype.error = "";

            /**
             * Creates a new FailedItem instance using the specified properties.
             * @function create
             * @memberof framefleet.v1.FailedItem
             * @static
             * @param {framefleet.v1.FailedItem.$Properties=} [properties] Properties to set
             * @returns {framefleet.v1.FailedItem} FailedItem instance
             * @type {{
             *   (properties: framefleet.v1.FailedItem.$Shape): framefleet.v1.FailedItem & framefleet.v1.FailedItem.$Shape;
             *   (properties?: framefleet.v1.FailedItem.$Properties): framefleet.v1.FailedItem;
             * }}
             */
            FailedItem.create = function(properties) {
                return new FailedItem(properties);
            };

            /**
             * Encodes the specified FailedItem message. Does not implicitly {@link framefleet.v1.FailedItem.verify|verify} messages.
             * @function encode
             * @memberof framefleet.v1.FailedItem
             * @static
             * @param {framefleet.v1.FailedItem.$Properties} message FailedItem message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FailedItem.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId") && message.taskId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.taskId);
                if (message.itemKey != null && $Object.hasOwnProperty.call(message, "itemKey") && message.itemKey !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.itemKey);
                if (message.error != null && $Object.hasOwnProperty.call(message, "error") && message.error !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.error);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified FailedItem message, length delimited. Does not implicitly {@link framefleet.v1.FailedItem.verify|verify} messages.
             * @function encodeDelimited
             * @memberof framefleet.v1.FailedItem
             * @static
             * @param {framefleet.v1.FailedItem.$Properties} message FailedItem message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FailedItem.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a FailedItem message from the specified reader or buffer.
             * @function decode
             * @memberof framefleet.v1.FailedItem
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {framefleet.v1.FailedItem & framefleet.v1.FailedItem.$Shape} FailedItem
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FailedItem.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.framefleet.v1.FailedItem();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.taskId = value;
                            else
                                delete message.taskId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.itemKey = value;
                            else
                                delete message.itemKey;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.error = value;
                            else
                                delete message.error;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a FailedItem message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof framefleet.v1.FailedItem
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {framefleet.v1.FailedItem & framefleet.v1.FailedItem.$Shape} FailedItem
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FailedItem.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a FailedItem message.
             * @function verify
             * @memberof framefleet.v1.FailedItem
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            FailedItem.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId"))
                    if (!$util.isString(message.taskId))
                        return "taskId: string expected";
                if (message.itemKey != null && $Object.hasOwnProperty.call(message, "itemKey"))
                    if (!$util.isString(message.itemKey))
                        return "itemKey: string expected";
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    if (!$util.isString(message.error))
                        return "error: string expected";
                return null;
            };

            /**
             * Creates a FailedItem message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof framefleet.v1.FailedItem
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {framefleet.v1.FailedItem} FailedItem
             */
            FailedItem.fromObject = function (object, _depth) {
                if (object instanceof $root.framefleet.v1.FailedItem)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".framefleet.v1.FailedItem: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.framefleet.v1.FailedItem();
                if (object.taskId != null)
                    if (typeof object.taskId !== "string" || object.taskId.length)
                        message.taskId = $String(object.taskId);
                if (object.itemKey != null)
                    if (typeof object.itemKey !== "string" || object.itemKey.length)
                        message.itemKey = $String(object.itemKey);
                if (object.error != null)
                    if (typeof object.error !== "string" || object.error.length)
                        message.error = $String(object.error);
                return message;
            };

            /**
             * Creates a plain object from a FailedItem message. Also converts values to other types if specified.
             * @function toObject
             * @memberof framefleet.v1.FailedItem
             * @static
             * @param {framefleet.v1.FailedItem} message FailedItem
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            FailedItem.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.taskId = "";
                    object.itemKey = "";
                    object.error = "";
                }
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId"))
                    object.taskId = message.taskId;
                if (message.itemKey != null && $Object.hasOwnProperty.call(message, "itemKey"))
                    object.itemKey = message.itemKey;
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    object.error = message.error;
                return object;
            };

            /**
             * Converts this FailedItem to JSON.
             * @function toJSON
             * @memberof framefleet.v1.FailedItem
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            FailedItem.prototype.toJSON = function() {
                return FailedItem.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for FailedItem
             * @function getTypeUrl
             * @memberof framefleet.v1.FailedItem
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            FailedItem.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/framefleet.v1.FailedItem";
            };

            return FailedItem;
        })();

        v1.ListRunsRequest = (function() {

            /**
             * Properties of a ListRunsRequest.
             * @typedef {Object} framefleet.v1.ListRunsRequest.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ListRunsRequest.
             * @memberof framefleet.v1
             * @interface IListRunsRequest
             * @augments framefleet.v1.ListRunsRequest.$Properties
             * @deprecated Use framefleet.v1.ListRunsRequest.$Properties instead.
             */

            /**
             * Shape of a ListRunsRequest.
             * @typedef {framefleet.v1.ListRunsRequest.$Properties} framefleet.v1.ListRunsRequest.$Shape
             */

            /**
             * Constructs a new ListRunsRequest.
             * @memberof framefleet.v1
             * @classdesc Represents a ListRunsRequest.
             * @constructor
             * @param {framefleet.v1.ListRunsRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var ListRunsRequest = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new ListRunsRequest instance using the specified properties.
             * @function create
             * @memberof framefleet.v1.ListRunsRequest
             * @static
             * @param {framefleet.v1.ListRunsRequest.$Properties=} [properties] Properties to set
             * @returns {framefleet.v1.ListRunsRequest} ListRunsRequest instance
             * @type {{
             *   (properties: framefleet.v1.ListRunsRequest.$Shape): framefleet.v1.ListRunsRequest & framefleet.v1.ListRunsRequest.$Shape;
             *   (properties?: framefleet.v1.ListRunsRequest.$Properties): framefleet.v1.ListRunsRequest;
             * }}
             */
            ListRunsRequest.create = function(properties) {
                return new ListRunsRequest(properties);
            };

            /**
             * Encodes the specified ListRunsRequest message. Does not implicitly {@link framefleet.v1.ListRunsRequest.verify|verify} messages.
             * @function encode
             * @memberof framefleet.v1.ListRunsRequest
             * @static
             * @param {framefleet.v1.ListRunsRequest.$Properties} message ListRunsRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListRunsRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ListRunsRequest message, length delimited. Does not implicitly {@link framefleet.v1.ListRunsRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof framefleet.v1.ListRunsRequest
             * @static
             * @param {framefleet.v1.ListRunsRequest.$Properties} message ListRunsRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListRunsRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ListRunsRequest message from the specified reader or buffer.
             * @function decode
             * @memberof framefleet.v1.ListRunsRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {framefleet.v1.ListRunsRequest & framefleet.v1.ListRunsRequest.$Shape} ListRunsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListRunsRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.framefleet.v1.ListRunsRequest();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a ListRunsRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof framefleet.v1.ListRunsRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {framefleet.v1.ListRunsRequest & framefleet.v1.ListRunsRequest.$Shape} ListRunsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListRunsRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ListRunsRequest message.
             * @function verify
             * @memberof framefleet.v1.ListRunsRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ListRunsRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            /**
             * Creates a ListRunsRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof framefleet.v1.ListRunsRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {framefleet.v1.ListRunsRequest} ListRunsRequest
             */
            ListRunsRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.framefleet.v1.ListRunsRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".framefleet.v1.ListRunsRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.framefleet.v1.ListRunsRequest();
            };

            /**
             * Creates a plain object from a ListRunsRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof framefleet.v1.ListRunsRequest
             * @static
             * @param {framefleet.v1.ListRunsRequest} message ListRunsRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ListRunsRequest.toObject = function () {
                return {};
            };

            /**
             * Converts this ListRunsRequest to JSON.
             * @function toJSON
             * @memberof framefleet.v1.ListRunsRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ListRunsRequest.prototype.toJSON = function() {
                return ListRunsRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ListRunsRequest
             * @function getTypeUrl
             * @memberof framefleet.v1.ListRunsRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ListRunsRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/framefleet.v1.ListRunsRequest";
            };

            return ListRunsRequest;
        })();

        v1.ListRunsResponse = (function() {

            /**
             * Properties of a ListRunsResponse.
             * @typedef {Object} framefleet.v1.ListRunsResponse.$Properties
             * @property {Array.<framefleet.v1.RunStatus.$Properties>|null} [runs] ListRunsResponse runs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ListRunsResponse.
             * @memberof framefleet.v1
             * @interface IListRunsResponse
             * @augments framefleet.v1.ListRunsResponse.$Properties
             * @deprecated Use framefleet.v1.ListRunsResponse.$Properties instead.
             */

            /**
             * Shape of a ListRunsResponse.
             * @typedef {framefleet.v1.ListRunsResponse.$Properties} framefleet.v1.ListRunsResponse.$Shape
             */

            /**
             * Constructs a new ListRunsResponse.
             * @memberof framefleet.v1
             * @classdesc Represents a ListRunsResponse.
             * @constructor
             * @param {framefleet.v1.ListRunsResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var ListRunsResponse = function (properties) {
                this.runs = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ListRunsResponse runs.
             * @member {Array.<framefleet.v1.RunStatus.$Properties>} runs
             * @memberof framefleet.v1.ListRunsResponse
             * @instance
             */
            ListRunsResponse.prototype.runs = $util.emptyArray;

            /**
             * Creates a new ListRunsResponse instance using the specified properties.
             * @function create
             * @memberof framefleet.v1.ListRunsResponse
             * @static
             * @param {framefleet.v1.ListRunsResponse.$Properties=} [properties] Properties to set
             * @returns {framefleet.v1.ListRunsResponse} ListRunsResponse instance
             * @type {{
             *   (properties: framefleet.v1.ListRunsResponse.$Shape): framefleet.v1.ListRunsResponse & framefleet.v1.ListRunsResponse.$Shape;
             *   (properties?: framefleet.v1.ListRunsResponse.$Properties): framefleet.v1.ListRunsResponse;
             * }}
             */
            ListRunsResponse.create = function(properties) {
                return new ListRunsResponse(properties);
            };

            /**
             * Encodes the specified ListRunsResponse message. Does not implicitly {@link framefleet.v1.ListRunsResponse.verify|verify} messages.
             * @function encode
             * @memberof framefleet.v1.ListRunsResponse
             * @static
             * @param {framefleet.v1.ListRunsResponse.$Properties} message ListRunsResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListRunsResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.runs != null && message.runs.length)
                    for (var i = 0; i < message.runs.length; ++i)
                        $root.framefleet.v1.RunStatus.encode(message.runs[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ListRunsResponse message, length delimited. Does not implicitly {@link framefleet.v1.ListRunsResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof framefleet.v1.ListRunsResponse
             * @static
             * @param {framefleet.v1.ListRunsResponse.$Properties} message ListRunsResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListRunsResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ListRunsResponse message from the specified reader or buffer.
             * @function decode
             * @memberof framefleet.v1.ListRunsResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {framefleet.v1.ListRunsResponse & framefleet.v1.ListRunsResponse.$Shape} ListRunsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListRunsResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.framefleet.v1.ListRunsResponse();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.runs && message.runs.length))
                                message.runs = [];
                            message.runs.push($root.framefleet.v1.RunStatus.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a ListRunsResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof framefleet.v1.ListRunsResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {framefleet.v1.ListRunsResponse & framefleet.v1.ListRunsResponse.$Shape} ListRunsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListRunsResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ListRunsResponse message.
             * @function verify
             * @memberof framefleet.v1.ListRunsResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ListRunsResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.runs != null && $Object.hasOwnProperty.call(message, "runs")) {
                    if (!$Array.isArray(message.runs))
                        return "runs: array expected";
                    for (var i = 0; i < message.runs.length; ++i) {
                        var error = $root.framefleet.v1.RunStatus.verify(message.runs[i], _depth + 1);
                        if (error)
                            return "runs." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a ListRunsResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof framefleet.v1.ListRunsResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {framefleet.v1.ListRunsResponse} ListRunsResponse
             */
            ListRunsResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.framefleet.v1.ListRunsResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".framefleet.v1.ListRunsResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.framefleet.v1.ListRunsResponse();
                if (object.runs) {
                    if (!$Array.isArray(object.runs))
                        throw $TypeError(".framefleet.v1.ListRunsResponse.runs: array expected");
                    message.runs = $Array(object.runs.length);
                    for (var i = 0; i < object.runs.length; ++i) {
                        if (!$util.isObject(object.runs[i]))
                            throw $TypeError(".framefleet.v1.ListRunsResponse.runs: object expected");
                        message.runs[i] = $root.framefleet.v1.RunStatus.fromObject(object.runs[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a ListRunsResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof framefleet.v1.ListRunsResponse
             * @static
             * @param {framefleet.v1.ListRunsResponse} message ListRunsResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ListRunsResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.arrays || options.defaults)
                    object.runs = [];
                if (message.runs && message.runs.length) {
                    object.runs = $Array(message.runs.length);
                    for (var j = 0; j < message.runs.length; ++j)
                        object.runs[j] = $root.framefleet.v1.RunStatus.toObject(message.runs[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this ListRunsResponse to JSON.
             * @function toJSON
             * @memberof framefleet.v1.ListRunsResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ListRunsResponse.prototype.toJSON = function() {
                return ListRunsResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ListRunsResponse
             * @function getTypeUrl
             * @memberof framefleet.v1.ListRunsResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ListRunsResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/framefleet.v1.ListRunsResponse";
            };

            return ListRunsResponse;
        })();

        v1.ListNodesRequest = (function() {

            /**
             * Properties of a ListNodesRequest.
             * @typedef {Object} framefleet.v1.ListNodesRequest.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ListNodesRequest.
             * @memberof framefleet.v1
             * @interface IListNodesRequest
             * @augments framefleet.v1.ListNodesRequest.$Properties
             * @deprecated Use framefleet.v1.ListNodesRequest.$Properties instead.
             */

            /**
             * Shape of a ListNodesRequest.
             * @typedef {framefleet.v1.ListNodesRequest.$Properties} framefleet.v1.ListNodesRequest.$Shape
             */

            /**
             * Constructs a new ListNodesRequest.
             * @memberof framefleet.v1
             * @classdesc Represents a ListNodesRequest.
             * @constructor
             * @param {framefleet.v1.ListNodesRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var ListNodesRequest = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new ListNodesRequest instance using the specified properties.
             * @function create
             * @memberof framefleet.v1.ListNodesRequest
             * @static
             * @param {framefleet.v1.ListNodesRequest.$Properties=} [properties] Properties to set
             * @returns {framefleet.v1.ListNodesRequest} ListNodesRequest instance
             * @type {{
             *   (properties: framefleet.v1.ListNodesRequest.$Shape): framefleet.v1.ListNodesRequest & framefleet.v1.ListNodesRequest.$Shape;
             *   (properties?: framefleet.v1.ListNodesRequest.$Properties): framefleet.v1.ListNodesRequest;
             * }}
             */
            ListNodesRequest.create = function(properties) {
                return new ListNodesRequest(properties);
            };

            /**
             * Encodes the specified ListNodesRequest message. Does not implicitly {@link framefleet.v1.ListNodesRequest.verify|verify} messages.
             * @function encode
             * @memberof framefleet.v1.ListNodesRequest
             * @static
             * @param {framefleet.v1.ListNodesRequest.$Properties} message ListNodesRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListNodesRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ListNodesRequest message, length delimited. Does not implicitly {@link framefleet.v1.ListNodesRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof framefleet.v1.ListNodesRequest
             * @static
             * @param {framefleet.v1.ListNodesRequest.$Properties} message ListNodesRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListNodesRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ListNodesRequest message from the specified reader or buffer.
             * @function decode
             * @memberof framefleet.v1.ListNodesRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {framefleet.v1.ListNodesRequest & framefleet.v1.ListNodesRequest.$Shape} ListNodesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListNodesRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.framefleet.v1.ListNodesRequest();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a ListNodesRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof framefleet.v1.ListNodesRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {framefleet.v1.ListNodesRequest & framefleet.v1.ListNodesRequest.$Shape} ListNodesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListNodesRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ListNodesRequest message.
             * @function verify
             * @memberof framefleet.v1.ListNodesRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ListNodesRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            /**
             * Creates a ListNodesRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof framefleet.v1.ListNodesRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {framefleet.v1.ListNodesRequest} ListNodesRequest
             */
            ListNodesRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.framefleet.v1.ListNodesRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".framefleet.v1.ListNodesRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.framefleet.v1.ListNodesRequest();
            };

            /**
             * Creates a plain object from a ListNodesRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof framefleet.v1.ListNodesRequest
             * @static
             * @param {framefleet.v1.ListNodesRequest} message ListNodesRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ListNodesRequest.toObject = function () {
                return {};
            };

            /**
             * Converts this ListNodesRequest to JSON.
             * @function toJSON
             * @memberof framefleet.v1.ListNodesRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ListNodesRequest.prototype.toJSON = function() {
                return ListNodesRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ListNodesRequest
             * @function getTypeUrl
             * @memberof framefleet.v1.ListNodesRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ListNodesRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/framefleet.v1.ListNodesRequest";
            };

            return ListNodesRequest;
        })();

        v1.NodeView = (function() {

            /**
             * Properties of a NodeView.
             * @typedef {Object} framefleet.v1.NodeView.$Properties
             * @property {framefleet.v1.NodeAdvert.$Properties|null} [advert] NodeView advert
             * @property {number|null} [ageS] NodeView ageS
             * @property {boolean|null} [lost] NodeView lost
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NodeView.
             * @memberof framefleet.v1
             * @interface INodeView
             * @augments framefleet.v1.NodeView.$Properties
             * @deprecated Use framefleet.v1.NodeView.$Properties instead.
             */

            /**
             * Shape of a NodeView.
             * @typedef {framefleet.v1.NodeView.$Properties} framefleet.v1.NodeView.$Shape
             */

            /**
             * Constructs a new NodeView.
             * @memberof framefleet.v1
             * @classdesc Represents a NodeView.
             * @constructor
             * @param {framefleet.v1.NodeView.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var NodeView = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * NodeView advert.
             * @member {framefleet.v1.NodeAdvert.$Properties|null|undefined} advert
             * @memberof framefleet.v1.NodeView
             * @instance
             */
            NodeView.prototype.advert = null;

            /**
             * NodeView ageS.
             * @member {number} ageS
             * @memberof framefleet.v1.NodeView
             * @instance
             */
            NodeView.prototype.ageS = 0;

            /**
             * NodeView lost.
             * @member {boolean} lost
             * @memberof framefleet.v1.NodeView
             * @instance
             */
            NodeView.prototype.lost = false;

            /**
             * Creates a new NodeView instance using the specified properties.
             * @function create
             * @memberof framefleet.v1.NodeView
             * @static
             * @param {framefleet.v1.NodeView.$Properties=} [properties] Properties to set
             * @returns {framefleet.v1.NodeView} NodeView instance
             * @type {{
             *   (properties: framefleet.v1.NodeView.$Shape): framefleet.v1.NodeView & framefleet.v1.NodeView.$Shape;
             *   (properties?: framefleet.v1.NodeView.$Properties): framefleet.v1.NodeView;
             * }}
             */
            NodeView.create = function(properties) {
                return new NodeView(properties);
            };

            /**
             * Encodes the specified NodeView message. Does not implicitly {@link framefleet.v1.NodeView.verify|verify} messages.
             * @function encode
             * @memberof framefleet.v1.NodeView
             * @static
             * @param {framefleet.v1.NodeView.$Properties} message NodeView message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NodeView.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.advert != null && $Object.hasOwnProperty.call(message, "advert"))
                    $root.framefleet.v1.NodeAdvert.encode(message.advert, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.ageS != null && $Object.hasOwnProperty.call(message, "ageS") && !$Object.is(message.ageS, 0))
                    writer.uint32(/* id 2, wireType 1 =*/17).double(message.ageS);
                if (message.lost != null && $Object.hasOwnProperty.call(message, "lost") && message.lost !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.lost);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified NodeView message, length delimited. Does not implicitly {@link framefleet.v1.NodeView.verify|verify} messages.
             * @function encodeDelimited
             * @memberof framefleet.v1.NodeView
             * @static
             * @param {framefleet.v1.NodeView.$Properties} message NodeView message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NodeView.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a NodeView message from the specified reader or buffer.
             * @function decode
             * @memberof framefleet.v1.NodeView
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {framefleet.v1.NodeView & framefleet.v1.NodeView.$Shape} NodeView
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NodeView.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.framefleet.v1.NodeView();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.advert = $root.framefleet.v1.NodeAdvert.decode(reader, reader.size(), $undefined, _depth + 1, message.advert);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.ageS = value;
                            else
                                delete message.ageS;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.lost = value;
                            else
                                delete message.lost;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a NodeView message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof framefleet.v1.NodeView
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {framefleet.v1.NodeView & framefleet.v1.NodeView.$Shape} NodeView
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NodeView.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a NodeView message.
             * @function verify
             * @memberof framefleet.v1.NodeView
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            NodeView.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.advert != null && $Object.hasOwnProperty.call(message, "advert")) {
                    var error = $root.framefleet.v1.NodeAdvert.verify(message.advert, _depth + 1);
                    if (error)
                        return "advert." + error;
                }
                if (message.ageS != null && $Object.hasOwnProperty.call(message, "ageS"))
                    if (typeof message.ageS !== "number")
                        return "ageS: number expected";
                if (message.lost != null && $Object.hasOwnProperty.call(message, "lost"))
                    if (typeof message.lost !== "boolean")
                        return "lost: boolean expected";
                return null;
            };

            /**
             * Creates a NodeView message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof framefleet.v1.NodeView
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {framefleet.v1.NodeView} NodeView
             */
            NodeView.fromObject = function (object, _depth) {
                if (object instanceof $root.framefleet.v1.NodeView)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".framefleet.v1.NodeView: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.framefleet.v1.NodeView();
                if (object.advert != null) {
                    if (!$util.isObject(object.advert))
                        throw $TypeError(".framefleet.v1.NodeView.advert: object expected");
                    message.advert = $root.framefleet.v1.NodeAdvert.fromObject(object.advert, _depth + 1);
                }
                if (object.ageS != null)
                    if (!$Object.is($Number(object.ageS), 0))
                        message.ageS = $Number(object.ageS);
                if (object.lost != null)
                    if (object.lost)
                        message.lost = $Boolean(object.lost);
                return message;
            };

            /**
             * Creates a plain object from a NodeView message. Also converts values to other types if specified.
             * @function toObject
             * @memberof framefleet.v1.NodeView
             * @static
             * @param {framefleet.v1.NodeView} message NodeView
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            NodeView.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.advert = null;
                    object.ageS = 0;
                    object.lost = false;
                }
                if (message.advert != null && $Object.hasOwnProperty.call(message, "advert"))
                    object.advert = $root.framefleet.v1.NodeAdvert.toObject(message.advert, options, _depth + 1);
                if (message.ageS != null && $Object.hasOwnProperty.call(message, "ageS"))
                    object.ageS = options.json && !$isFinite(message.ageS) ? $String(message.ageS) : message.ageS;
                if (message.lost != null && $Object.hasOwnProperty.call(message, "lost"))
                    object.lost = message.lost;
                return object;
            };

            /**
             * Converts this NodeView to JSON.
             * @function toJSON
             * @memberof framefleet.v1.NodeView
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            NodeView.prototype.toJSON = function() {
                return NodeView.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for NodeView
             * @function getTypeUrl
             * @memberof framefleet.v1.NodeView
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            NodeView.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/framefleet.v1.NodeView";
            };

            return NodeView;
        })();

        v1.ListNodesResponse = (function() {

            /**
             * Properties of a ListNodesResponse.
             * @typedef {Object} framefleet.v1.ListNodesResponse.$Properties
             * @property {Array.<framefleet.v1.NodeView.$Properties>|null} [nodes] ListNodesResponse nodes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ListNodesResponse.
             * @memberof framefleet.v1
             * @interface IListNodesResponse
             * @augments framefleet.v1.ListNodesResponse.$Properties
             * @deprecated Use framefleet.v1.ListNodesResponse.$Properties instead.
             */

            /**
             * Shape of a ListNodesResponse.
             * @typedef {framefleet.v1.ListNodesResponse.$Properties} framefleet.v1.ListNodesResponse.$Shape
             */

            /**
             * Constructs a new ListNodesResponse.
             * @memberof framefleet.v1
             * @classdesc Represents a ListNodesResponse.
             * @constructor
             * @param {framefleet.v1.ListNodesResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var ListNodesResponse = function (properties) {
                this.nodes = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ListNodesResponse nodes.
             * @member {Array.<framefleet.v1.NodeView.$Properties>} nodes
             * @memberof framefleet.v1.ListNodesResponse
             * @instance
             */
            ListNodesResponse.prototype.nodes = $util.emptyArray;

            /**
             * Creates a new ListNodesResponse instance using the specified properties.
             * @function create
             * @memberof framefleet.v1.ListNodesResponse
             * @static
             * @param {framefleet.v1.ListNodesResponse.$Properties=} [properties] Properties to set
             * @returns {framefleet.v1.ListNodesResponse} ListNodesResponse instance
             * @type {{
             *   (properties: framefleet.v1.ListNodesResponse.$Shape): framefleet.v1.ListNodesResponse & framefleet.v1.ListNodesResponse.$Shape;
             *   (properties?: framefleet.v1.ListNodesResponse.$Properties): framefleet.v1.ListNodesResponse;
             * }}
             */
            ListNodesResponse.create = function(properties) {
                return new ListNodesResponse(properties);
            };

            /**
             * Encodes the specified ListNodesResponse message. Does not implicitly {@link framefleet.v1.ListNodesResponse.verify|verify} messages.
             * @function encode
             * @memberof framefleet.v1.ListNodesResponse
             * @static
             * @param {framefleet.v1.ListNodesResponse.$Properties} message ListNodesResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListNodesResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.nodes != null && message.nodes.length)
                    for (var i = 0; i < message.nodes.length; ++i)
                        $root.framefleet.v1.NodeView.encode(message.nodes[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ListNodesResponse message, length delimited. Does not implicitly {@link framefleet.v1.ListNodesResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof framefleet.v1.ListNodesResponse
             * @static
             * @param {framefleet.v1.ListNodesResponse.$Properties} message ListNodesResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListNodesResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ListNodesResponse message from the specified reader or buffer.
             * @function decode
             * @memberof framefleet.v1.ListNodesResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {framefleet.v1.ListNodesResponse & framefleet.v1.ListNodesResponse.$Shape} ListNodesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListNodesResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.framefleet.v1.ListNodesResponse();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.nodes && message.nodes.length))
                                message.nodes = [];
                            message.nodes.push($root.framefleet.v1.NodeView.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a ListNodesResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof framefleet.v1.ListNodesResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {framefleet.v1.ListNodesResponse & framefleet.v1.ListNodesResponse.$Shape} ListNodesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListNodesResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ListNodesResponse message.
             * @function verify
             * @memberof framefleet.v1.ListNodesResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ListNodesResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.nodes != null && $Object.hasOwnProperty.call(message, "nodes")) {
                    if (!$Array.isArray(message.nodes))
                        return "nodes: array expected";
                    for (var i = 0; i < message.nodes.length; ++i) {
                        var error = $root.framefleet.v1.NodeView.verify(message.nodes[i], _depth + 1);
                        if (error)
                            return "nodes." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a ListNodesResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof framefleet.v1.ListNodesResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {framefleet.v1.ListNodesResponse} ListNodesResponse
             */
            ListNodesResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.framefleet.v1.ListNodesResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".framefleet.v1.ListNodesResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.framefleet.v1.ListNodesResponse();
                if (object.nodes) {
                    if (!$Array.isArray(object.nodes))
                        throw $TypeError(".framefleet.v1.ListNodesResponse.nodes: array expected");
                    message.nodes = $Array(object.nodes.length);
                    for (var i = 0; i < object.nodes.length; ++i) {
                        if (!$util.isObject(object.nodes[i]))
                            throw $TypeError(".framefleet.v1.ListNodesResponse.nodes: object expected");
                        message.nodes[i] = $root.framefleet.v1.NodeView.fromObject(object.nodes[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a ListNodesResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof framefleet.v1.ListNodesResponse
             * @static
             * @param {framefleet.v1.ListNodesResponse} message ListNodesResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ListNodesResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.arrays || options.defaults)
                    object.nodes = [];
                if (message.nodes && message.nodes.length) {
                    object.nodes = $Array(message.nodes.length);
                    for (var j = 0; j < message.nodes.length; ++j)
                        object.nodes[j] = $root.framefleet.v1.NodeView.toObject(message.nodes[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this ListNodesResponse to JSON.
             * @function toJSON
             * @memberof framefleet.v1.ListNodesResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ListNodesResponse.prototype.toJSON = function() {
                return ListNodesResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ListNodesResponse
             * @function getTypeUrl
             * @memberof framefleet.v1.ListNodesResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ListNodesResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/framefleet.v1.ListNodesResponse";
            };

            return ListNodesResponse;
        })();

        v1.DrainNodeRequest = (function() {

            /**
             * Properties of a DrainNodeRequest.
             * @typedef {Object} framefleet.v1.DrainNodeRequest.$Properties
             * @property {string|null} [node] DrainNodeRequest node
             * @property {number|null} [deadlineMs] DrainNodeRequest deadlineMs
             * @property {boolean|null} [undrain] DrainNodeRequest undrain
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DrainNodeRequest.
             * @memberof framefleet.v1
             * @interface IDrainNodeRequest
             * @augments framefleet.v1.DrainNodeRequest.$Properties
             * @deprecated Use framefleet.v1.DrainNodeRequest.$Properties instead.
             */

            /**
             * Shape of a DrainNodeRequest.
             * @typedef {framefleet.v1.DrainNodeRequest.$Properties} framefleet.v1.DrainNodeRequest.$Shape
             */

            /**
             * Constructs a new DrainNodeRequest.
             * @memberof framefleet.v1
             * @classdesc Represents a DrainNodeRequest.
             * @constructor
             * @param {framefleet.v1.DrainNodeRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var DrainNodeRequest = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DrainNodeRequest node.
             * @member {string} node
             * @memberof framefleet.v1.DrainNodeRequest
             * @instance
             */
            DrainNodeRequest.prototype.node = "";

            /**
             * DrainNodeRequest deadlineMs.
             * @member {number} deadlineMs
             * @memberof framefleet.v1.DrainNodeRequest
             * @instance
             */
            DrainNodeRequest.prototype.deadlineMs = 0;

            /**
             * DrainNodeRequest undrain.
             * @member {boolean} undrain
             * @memberof framefleet.v1.DrainNodeRequest
             * @instance
             */
            DrainNodeRequest.prototype.undrain = false;

            /**
             * Creates a new DrainNodeRequest instance using the specified properties.
             * @function create
             * @memberof framefleet.v1.DrainNodeRequest
             * @static
             * @param {framefleet.v1.DrainNodeRequest.$Properties=} [properties] Properties to set
             * @returns {framefleet.v1.DrainNodeRequest} DrainNodeRequest instance
             * @type {{
             *   (properties: framefleet.v1.DrainNodeRequest.$Shape): framefleet.v1.DrainNodeRequest & framefleet.v1.DrainNodeRequest.$Shape;
             *   (properties?: framefleet.v1.DrainNodeRequest.$Properties): framefleet.v1.DrainNodeRequest;
             * }}
             */
            DrainNodeRequest.create = function(properties) {
                return new DrainNodeRequest(properties);
            };

            /**
             * Encodes the specified DrainNodeRequest message. Does not implicitly {@link framefleet.v1.DrainNodeRequest.verify|verify} messages.
             * @function encode
             * @memberof framefleet.v1.DrainNodeRequest
             * @static
             * @param {framefleet.v1.DrainNodeRequest.$Properties} message DrainNodeRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DrainNodeRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.node != null && $Object.hasOwnProperty.call(message, "node") && message.node !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.node);
                if (message.deadlineMs != null && $Object.hasOwnProperty.call(message, "deadlineMs") && message.deadlineMs !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.deadlineMs);
                if (message.undrain != null && $Object.hasOwnProperty.call(message, "undrain") && message.undrain !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.undrain);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified DrainNodeRequest message, length delimited. Does not implicitly {@link framefleet.v1.DrainNodeRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof framefleet.v1.DrainNodeRequest
             * @static
             * @param {framefleet.v1.DrainNodeRequest.$Properties} message DrainNodeRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DrainNodeRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a DrainNodeRequest message from the specified reader or buffer.
             * @function decode
             * @memberof framefleet.v1.DrainNodeRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {framefleet.v1.DrainNodeRequest & framefleet.v1.DrainNodeRequest.$Shape} DrainNodeRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DrainNodeRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.framefleet.v1.DrainNodeRequest();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.node = value;
                            else
                                delete message.node;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.deadlineMs = value;
                            else
                                delete message.deadlineMs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.undrain = value;
                            else
                                delete message.undrain;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a DrainNodeRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof framefleet.v1.DrainNodeRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {framefleet.v1.DrainNodeRequest & framefleet.v1.DrainNodeRequest.$Shape} DrainNodeRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DrainNodeRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a DrainNodeRequest message.
             * @function verify
             * @memberof framefleet.v1.DrainNodeRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DrainNodeRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.node != null && $Object.hasOwnProperty.call(message, "node"))
                    if (!$util.isString(message.node))
                        return "node: string expected";
                if (message.deadlineMs != null && $Object.hasOwnProperty.call(message, "deadlineMs"))
                    if (!$util.isInteger(message.deadlineMs))
                        return "deadlineMs: integer expected";
                if (message.undrain != null && $Object.hasOwnProperty.call(message, "undrain"))
                    if (typeof message.undrain !== "boolean")
                        return "undrain: boolean expected";
                return null;
            };

            /**
             * Creates a DrainNodeRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof framefleet.v1.DrainNodeRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {framefleet.v1.DrainNodeRequest} DrainNodeRequest
             */
            DrainNodeRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.framefleet.v1.DrainNodeRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".framefleet.v1.DrainNodeRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.framefleet.v1.DrainNodeRequest();
                if (object.node != null)
                    if (typeof object.node !== "string" || object.node.length)
                        message.node = $String(object.node);
                if (object.deadlineMs != null)
                    if ($Number(object.deadlineMs) !== 0)
                        message.deadlineMs = object.deadlineMs >>> 0;
                if (object.undrain != null)
                    if (object.undrain)
                        message.undrain = $Boolean(object.undrain);
                return message;
            };

            /**
             * Creates a plain object from a DrainNodeRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof framefleet.v1.DrainNodeRequest
             * @static
             * @param {framefleet.v1.DrainNodeRequest} message DrainNodeRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DrainNodeRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.node = "";
                    object.deadlineMs = 0;
                    object.undrain = false;
                }
                if (message.node != null && $Object.hasOwnProperty.call(message, "node"))
                    object.node = message.node;
                if (message.deadlineMs != null && $Object.hasOwnProperty.call(message, "deadlineMs"))
                    object.deadlineMs = message.deadlineMs;
                if (message.undrain != null && $Object.hasOwnProperty.call(message, "undrain"))
                    object.undrain = message.undrain;
                return object;
            };

            /**
             * Converts this DrainNodeRequest to JSON.
             * @function toJSON
             * @memberof framefleet.v1.DrainNodeRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DrainNodeRequest.prototype.toJSON = function() {
                return DrainNodeRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DrainNodeRequest
             * @function getTypeUrl
             * @memberof framefleet.v1.DrainNodeRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DrainNodeRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/framefleet.v1.DrainNodeRequest";
            };

            return DrainNodeRequest;
        })();

        v1.DrainNodeResponse = (function() {

            /**
             * Properties of a DrainNodeResponse.
             * @typedef {Object} framefleet.v1.DrainNodeResponse.$Properties
             * @property {boolean|null} [ok] DrainNodeResponse ok
             * @property {string|null} [message] DrainNodeResponse message
             * @property {framefleet.v1.NodeState|null} [state] DrainNodeResponse state
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DrainNodeResponse.
             * @memberof framefleet.v1
             * @interface IDrainNodeResponse
             * @augments framefleet.v1.DrainNodeResponse.$Properties
             * @deprecated Use framefleet.v1.DrainNodeResponse.$Properties instead.
             */

            /**
             * Shape of a DrainNodeResponse.
             * @typedef {framefleet.v1.DrainNodeResponse.$Properties} framefleet.v1.DrainNodeResponse.$Shape
             */

            /**
             * Constructs a new DrainNodeResponse.
             * @memberof framefleet.v1
             * @classdesc Represents a DrainNodeResponse.
             * @constructor
             * @param {framefleet.v1.DrainNodeResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var DrainNodeResponse = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DrainNodeResponse ok.
             * @member {boolean} ok
             * @memberof framefleet.v1.DrainNodeResponse
             * @instance
             */
            DrainNodeResponse.prototype.ok = false;

            /**
             * DrainNodeResponse message.
             * @member {string} message
             * @memberof framefleet.v1.DrainNodeResponse
             * @instance
             */
            DrainNodeResponse.prototype.message = "";

            /**
             * DrainNodeResponse state.
             * @member {framefleet.v1.NodeState} state
             * @memberof framefleet.v1.DrainNodeResponse
             * @instance
             */
            DrainNodeResponse.prototype.state = 0;

            /**
             * Creates a new DrainNodeResponse instance using the specified properties.
             * @function create
             * @memberof framefleet.v1.DrainNodeResponse
             * @static
             * @param {framefleet.v1.DrainNodeResponse.$Properties=} [properties] Properties to set
             * @returns {framefleet.v1.DrainNodeResponse} DrainNodeResponse instance
             * @type {{
             *   (properties: framefleet.v1.DrainNodeResponse.$Shape): framefleet.v1.DrainNodeResponse & framefleet.v1.DrainNodeResponse.$Shape;
             *   (properties?: framefleet.v1.DrainNodeResponse.$Properties): framefleet.v1.DrainNodeResponse;
             * }}
             */
            DrainNodeResponse.create = function(properties) {
                return new DrainNodeResponse(properties);
            };

            /**
             * Encodes the specified DrainNodeResponse message. Does not implicitly {@link framefleet.v1.DrainNodeResponse.verify|verify} messages.
             * @function encode
             * @memberof framefleet.v1.DrainNodeResponse
             * @static
             * @param {framefleet.v1.DrainNodeResponse.$Properties} message DrainNodeResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DrainNodeResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.ok != null && $Object.hasOwnProperty.call(message, "ok") && message.ok !== false)
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.ok);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.message);
                if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.state);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified DrainNodeResponse message, length delimited. Does not implicitly {@link framefleet.v1.DrainNodeResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof framefleet.v1.DrainNodeResponse
             * @static
             * @param {framefleet.v1.DrainNodeResponse.$Properties} message DrainNodeResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DrainNodeResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a DrainNodeResponse message from the specified reader or buffer.
             * @function decode
             * @memberof framefleet.v1.DrainNodeResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {framefleet.v1.DrainNodeResponse & framefleet.v1.DrainNodeResponse.$Shape} DrainNodeResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DrainNodeResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.framefleet.v1.DrainNodeResponse();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.ok = value;
                            else
                                delete message.ok;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.state = value;
                            else
                                delete message.state;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a DrainNodeResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof framefleet.v1.DrainNodeResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {framefleet.v1.DrainNodeResponse & framefleet.v1.DrainNodeResponse.$Shape} DrainNodeResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DrainNodeResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a DrainNodeResponse message.
             * @function verify
             * @memberof framefleet.v1.DrainNodeResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DrainNodeResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.ok != null && $Object.hasOwnProperty.call(message, "ok"))
                    if (typeof message.ok !== "boolean")
                        return "ok: boolean expected";
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    if (!$util.isString(message.message))
                        return "message: string expected";
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    if (typeof message.state !== "number" || (message.state | 0) !== message.state)
                        return "state: enum value expected";
                return null;
            };

            /**
             * Creates a DrainNodeResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof framefleet.v1.DrainNodeResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {framefleet.v1.DrainNodeResponse} DrainNodeResponse
             */
            DrainNodeResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.framefleet.v1.DrainNodeResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".framefleet.v1.DrainNodeResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.framefleet.v1.DrainNodeResponse();
                if (object.ok != null)
                    if (object.ok)
                        message.ok = $Boolean(object.ok);
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                if (object.state !== 0 && (typeof object.state !== "string" || $root.framefleet.v1.NodeState[object.state] !== 0))
                    switch (object.state) {
                    case "NODE_STATE_UNSPECIFIED":
                    case 0:
                        message.state = 0;
                        break;
                    case "NODE_STATE_ACTIVE":
                    case 1:
                        message.state = 1;
                        break;
                    case "NODE_STATE_DRAINING":
                    case 2:
                        message.state = 2;
                        break;
                    case "NODE_STATE_DRAINED":
                    case 3:
                        message.state = 3;
                        break;
                    case "NODE_STATE_STOPPED":
                    case 4:
                        message.state = 4;
                        break;
                    default:
                        if (typeof object.state === "number" && (object.state | 0) === object.state)
                            message.state = object.state;
                    }
                return message;
            };

            /**
             * Creates a plain object from a DrainNodeResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof framefleet.v1.DrainNodeResponse
             * @static
             * @param {framefleet.v1.DrainNodeResponse} message DrainNodeResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DrainNodeResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.ok = false;
                    object.message = "";
                    object.state = options.enums === $String ? "NODE_STATE_UNSPECIFIED" : 0;
                }
                if (message.ok != null && $Object.hasOwnProperty.call(message, "ok"))
                    object.ok = message.ok;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    object.state = options.enums === $String ? $root.framefleet.v1.NodeState[message.state] === $undefined ? message.state : $root.framefleet.v1.NodeState[message.state] : message.state;
                return object;
            };

            /**
             * Converts this DrainNodeResponse to JSON.
             * @function toJSON
             * @memberof framefleet.v1.DrainNodeResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DrainNodeResponse.prototype.toJSON = function() {
                return DrainNodeResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DrainNodeResponse
             * @function getTypeUrl
             * @memberof framefleet.v1.DrainNodeResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DrainNodeResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/framefleet.v1.DrainNodeResponse";
            };

            return DrainNodeResponse;
        })();

        v1.CancelRunRequest = (function() {

            /**
             * Properties of a CancelRunRequest.
             * @typedef {Object} framefleet.v1.CancelRunRequest.$Properties
             * @property {string|null} [runId] CancelRunRequest runId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CancelRunRequest.
             * @memberof framefleet.v1
             * @interface ICancelRunRequest
             * @augments framefleet.v1.CancelRunRequest.$Properties
             * @deprecated Use framefleet.v1.CancelRunRequest.$Properties instead.
             */

            /**
             * Shape of a CancelRunRequest.
             * @typedef {framefleet.v1.CancelRunRequest.$Properties} framefleet.v1.CancelRunRequest.$Shape
             */

            /**
             * Constructs a new CancelRunRequest.
             * @memberof framefleet.v1
             * @classdesc Represents a CancelRunRequest.
             * @constructor
             * @param {framefleet.v1.CancelRunRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var CancelRunRequest = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CancelRunRequest runId.
             * @member {string} runId
             * @memberof framefleet.v1.CancelRunRequest
             * @instance
             */
            CancelRunRequest.prototype.runId = "";

            /**
             * Creates a new CancelRunRequest instance using the specified properties.
             * @function create
             * @memberof framefleet.v1.CancelRunRequest
             * @static
             * @param {framefleet.v1.CancelRunRequest.$Properties=} [properties] Properties to set
             * @returns {framefleet.v1.CancelRunRequest} CancelRunRequest instance
             * @type {{
             *   (properties: framefleet.v1.CancelRunRequest.$Shape): framefleet.v1.CancelRunRequest & framefleet.v1.CancelRunRequest.$Shape;
             *   (properties?: framefleet.v1.CancelRunRequest.$Properties): framefleet.v1.CancelRunRequest;
             * }}
             */
            CancelRunRequest.create = function(properties) {
                return new CancelRunRequest(properties);
            };

            /**
             * Encodes the specified CancelRunRequest message. Does not implicitly {@link framefleet.v1.CancelRunRequest.verify|verify} messages.
             * @function encode
             * @memberof framefleet.v1.CancelRunRequest
             * @static
             * @param {framefleet.v1.CancelRunRequest.$Properties} message CancelRunRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CancelRunRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId") && message.runId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.runId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified CancelRunRequest message, length delimited. Does not implicitly {@link framefleet.v1.CancelRunRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof framefleet.v1.CancelRunRequest
             * @static
             * @param {framefleet.v1.CancelRunRequest.$Properties} message CancelRunRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CancelRunRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a CancelRunRequest message from the specified reader or buffer.
             * @function decode
             * @memberof framefleet.v1.CancelRunRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {framefleet.v1.CancelRunRequest & framefleet.v1.CancelRunRequest.$Shape} CancelRunRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CancelRunRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.framefleet.v1.CancelRunRequest();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.runId = value;
                            else
                                delete message.runId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a CancelRunRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof framefleet.v1.CancelRunRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {framefleet.v1.CancelRunRequest & framefleet.v1.CancelRunRequest.$Shape} CancelRunRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CancelRunRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a CancelRunRequest message.
             * @function verify
             * @memberof framefleet.v1.CancelRunRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            CancelRunRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                    if (!$util.isString(message.runId))
                        return "runId: string expected";
                return null;
            };

            /**
             * Creates a CancelRunRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof framefleet.v1.CancelRunRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {framefleet.v1.CancelRunRequest} CancelRunRequest
             */
            CancelRunRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.framefleet.v1.CancelRunRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".framefleet.v1.CancelRunRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.framefleet.v1.CancelRunRequest();
                if (object.runId != null)
                    if (typeof object.runId !== "string" || object.runId.length)
                        message.runId = $String(object.runId);
                return message;
            };

            /**
             * Creates a plain object from a CancelRunRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof framefleet.v1.CancelRunRequest
             * @static
             * @param {framefleet.v1.CancelRunRequest} message CancelRunRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CancelRunRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults)
                    object.runId = "";
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                    object.runId = message.runId;
                return object;
            };

            /**
             * Converts this CancelRunRequest to JSON.
             * @function toJSON
             * @memberof framefleet.v1.CancelRunRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CancelRunRequest.prototype.toJSON = function() {
                return CancelRunRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for CancelRunRequest
             * @function getTypeUrl
             * @memberof framefleet.v1.CancelRunRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CancelRunRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/framefleet.v1.CancelRunRequest";
            };

            return CancelRunRequest;
        })();

        v1.CancelRunResponse = (function() {

            /**
             * Properties of a CancelRunResponse.
             * @typedef {Object} framefleet.v1.CancelRunResponse.$Properties
             * @property {boolean|null} [ok] CancelRunResponse ok
             * @property {number|null} [purgedTasks] CancelRunResponse purgedTasks
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CancelRunResponse.
             * @memberof framefleet.v1
             * @interface ICancelRunResponse
             * @augments framefleet.v1.CancelRunResponse.$Properties
             * @deprecated Use framefleet.v1.CancelRunResponse.$Properties instead.
             */

            /**
             * Shape of a CancelRunResponse.
             * @typedef {framefleet.v1.CancelRunResponse.$Properties} framefleet.v1.CancelRunResponse.$Shape
             */

            /**
             * Constructs a new CancelRunResponse.
             * @memberof framefleet.v1
             * @classdesc Represents a CancelRunResponse.
             * @constructor
             * @param {framefleet.v1.CancelRunResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var CancelRunResponse = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CancelRunResponse ok.
             * @member {boolean} ok
             * @memberof framefleet.v1.CancelRunResponse
             * @instance
             */
            CancelRunResponse.prototype.ok = false;

            /**
             * CancelRunResponse purgedTasks.
             * @member {number} purgedTasks
             * @memberof framefleet.v1.CancelRunResponse
             * @instance
             */
            CancelRunResponse.prototype.purgedTasks = 0;

            /**
             * Creates a new CancelRunResponse instance using the specified properties.
             * @function create
             * @memberof framefleet.v1.CancelRunResponse
             * @static
             * @param {framefleet.v1.CancelRunResponse.$Properties=} [properties] Properties to set
             * @returns {framefleet.v1.CancelRunResponse} CancelRunResponse instance
             * @type {{
             *   (properties: framefleet.v1.CancelRunResponse.$Shape): framefleet.v1.CancelRunResponse & framefleet.v1.CancelRunResponse.$Shape;
             *   (properties?: framefleet.v1.CancelRunResponse.$Properties): framefleet.v1.CancelRunResponse;
             * }}
             */
            CancelRunResponse.create = function(properties) {
                return new CancelRunResponse(properties);
            };

            /**
             * Encodes the specified CancelRunResponse message. Does not implicitly {@link framefleet.v1.CancelRunResponse.verify|verify} messages.
             * @function encode
             * @memberof framefleet.v1.CancelRunResponse
             * @static
             * @param {framefleet.v1.CancelRunResponse.$Properties} message CancelRunResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CancelRunResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.ok != null && $Object.hasOwnProperty.call(message, "ok") && message.ok !== false)
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.ok);
                if (message.purgedTasks != null && $Object.hasOwnProperty.call(message, "purgedTasks") && message.purgedTasks !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.purgedTasks);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified CancelRunResponse message, length delimited. Does not implicitly {@link framefleet.v1.CancelRunResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof framefleet.v1.CancelRunResponse
             * @static
             * @param {framefleet.v1.CancelRunResponse.$Properties} message CancelRunResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CancelRunResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a CancelRunResponse message from the specified reader or buffer.
             * @function decode
             * @memberof framefleet.v1.CancelRunResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {framefleet.v1.CancelRunResponse & framefleet.v1.CancelRunResponse.$Shape} CancelRunResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CancelRunResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.framefleet.v1.CancelRunResponse();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.ok = value;
                            else
                                delete message.ok;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.purgedTasks = value;
                            else
                                delete message.purgedTasks;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a CancelRunResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof framefleet.v1.CancelRunResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {framefleet.v1.CancelRunResponse & framefleet.v1.CancelRunResponse.$Shape} CancelRunResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CancelRunResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a CancelRunResponse message.
             * @function verify
             * @memberof framefleet.v1.CancelRunResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            CancelRunResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.ok != null && $Object.hasOwnProperty.call(message, "ok"))
                    if (typeof message.ok !== "boolean")
                        return "ok: boolean expected";
                if (message.purgedTasks != null && $Object.hasOwnProperty.call(message, "purgedTasks"))
                    if (!$util.isInteger(message.purgedTasks))
                        return "purgedTasks: integer expected";
                return null;
            };

            /**
             * Creates a CancelRunResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof framefleet.v1.CancelRunResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {framefleet.v1.CancelRunResponse} CancelRunResponse
             */
            CancelRunResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.framefleet.v1.CancelRunResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".framefleet.v1.CancelRunResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.framefleet.v1.CancelRunResponse();
                if (object.ok != null)
                    if (object.ok)
                        message.ok = $Boolean(object.ok);
                if (object.purgedTasks != null)
                    if ($Number(object.purgedTasks) !== 0)
                        message.purgedTasks = object.purgedTasks >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a CancelRunResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof framefleet.v1.CancelRunResponse
             * @static
             * @param {framefleet.v1.CancelRunResponse} message CancelRunResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CancelRunResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.ok = false;
                    object.purgedTasks = 0;
                }
                if (message.ok != null && $Object.hasOwnProperty.call(message, "ok"))
                    object.ok = message.ok;
                if (message.purgedTasks != null && $Object.hasOwnProperty.call(message, "purgedTasks"))
                    object.purgedTasks = message.purgedTasks;
                return object;
            };

            /**
             * Converts this CancelRunResponse to JSON.
             * @function toJSON
             * @memberof framefleet.v1.CancelRunResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CancelRunResponse.prototype.toJSON = function() {
                return CancelRunResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for CancelRunResponse
             * @function getTypeUrl
             * @memberof framefleet.v1.CancelRunResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CancelRunResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/framefleet.v1.CancelRunResponse";
            };

            return CancelRunResponse;
        })();

        v1.GetReportRequest = (function() {

            /**
             * Properties of a GetReportRequest.
             * @typedef {Object} framefleet.v1.GetReportRequest.$Properties
             * @property {string|null} [runId] GetReportRequest runId
             * @property {string|null} [format] GetReportRequest format
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a GetReportRequest.
             * @memberof framefleet.v1
             * @interface IGetReportRequest
             * @augments framefleet.v1.GetReportRequest.$Properties
             * @deprecated Use framefleet.v1.GetReportRequest.$Properties instead.
             */

            /**
             * Shape of a GetReportRequest.
             * @typedef {framefleet.v1.GetReportRequest.$Properties} framefleet.v1.GetReportRequest.$Shape
             */

            /**
             * Constructs a new GetReportRequest.
             * @memberof framefleet.v1
             * @classdesc Represents a GetReportRequest.
             * @constructor
             * @param {framefleet.v1.GetReportRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var GetReportRequest = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * GetReportRequest runId.
             * @member {string} runId
             * @memberof framefleet.v1.GetReportRequest
             * @instance
             */
            GetReportRequest.prototype.runId = "";

            /**
             * GetReportRequest format.
             * @member {string} format
             * @memberof framefleet.v1.GetReportRequest
             * @instance
             */
            GetReportRequest.prototype.format = "";

            /**
             * Creates a new GetReportRequest instance using the specified properties.
             * @function create
             * @memberof framefleet.v1.GetReportRequest
             * @static
             * @param {framefleet.v1.GetReportRequest.$Properties=} [properties] Properties to set
             * @returns {framefleet.v1.GetReportRequest} GetReportRequest instance
             * @type {{
             *   (properties: framefleet.v1.GetReportRequest.$Shape): framefleet.v1.GetReportRequest & framefleet.v1.GetReportRequest.$Shape;
             *   (properties?: framefleet.v1.GetReportRequest.$Properties): framefleet.v1.GetReportRequest;
             * }}
             */
            GetReportRequest.create = function(properties) {
                return new GetReportRequest(properties);
            };

            /**
             * Encodes the specified GetReportRequest message. Does not implicitly {@link framefleet.v1.GetReportRequest.verify|verify} messages.
             * @function encode
             * @memberof framefleet.v1.GetReportRequest
             * @static
             * @param {framefleet.v1.GetReportRequest.$Properties} message GetReportRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetReportRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId") && message.runId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.runId);
                if (message.format != null && $Object.hasOwnProperty.call(message, "format") && message.format !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.format);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified GetReportRequest message, length delimited. Does not implicitly {@link framefleet.v1.GetReportRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof framefleet.v1.GetReportRequest
             * @static
             * @param {framefleet.v1.GetReportRequest.$Properties} message GetReportRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetReportRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a GetReportRequest message from the specified reader or buffer.
             * @function decode
             * @memberof framefleet.v1.GetReportRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {framefleet.v1.GetReportRequest & framefleet.v1.GetReportRequest.$Shape} GetReportRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetReportRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.framefleet.v1.GetReportRequest();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.runId = value;
                            else
                                delete message.runId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.format = value;
                            else
                                delete message.format;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a GetReportRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof framefleet.v1.GetReportRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {framefleet.v1.GetReportRequest & framefleet.v1.GetReportRequest.$Shape} GetReportRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetReportRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a GetReportRequest message.
             * @function verify
             * @memberof framefleet.v1.GetReportRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            GetReportRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                    if (!$util.isString(message.runId))
                        return "runId: string expected";
                if (message.format != null && $Object.hasOwnProperty.call(message, "format"))
                    if (!$util.isString(message.format))
                        return "format: string expected";
                return null;
            };

            /**
             * Creates a GetReportRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof framefleet.v1.GetReportRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {framefleet.v1.GetReportRequest} GetReportRequest
             */
            GetReportRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.framefleet.v1.GetReportRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".framefleet.v1.GetReportRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.framefleet.v1.GetReportRequest();
                if (object.runId != null)
                    if (typeof object.runId !== "string" || object.runId.length)
                        message.runId = $String(object.runId);
                if (object.format != null)
                    if (typeof object.format !== "string" || object.format.length)
                        message.format = $String(object.format);
                return message;
            };

            /**
             * Creates a plain object from a GetReportRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof framefleet.v1.GetReportRequest
             * @static
             * @param {framefleet.v1.GetReportRequest} message GetReportRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            GetReportRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.runId = "";
                    object.format = "";
                }
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                    object.runId = message.runId;
                if (message.format != null && $Object.hasOwnProperty.call(message, "format"))
                    object.format = message.format;
                return object;
            };

            /**
             * Converts this GetReportRequest to JSON.
             * @function toJSON
             * @memberof framefleet.v1.GetReportRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            GetReportRequest.prototype.toJSON = function() {
                return GetReportRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for GetReportRequest
             * @function getTypeUrl
             * @memberof framefleet.v1.GetReportRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            GetReportRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/framefleet.v1.GetReportRequest";
            };

            return GetReportRequest;
        })();

        v1.GetReportResponse = (function() {

            /**
             * Properties of a GetReportResponse.
             * @typedef {Object} framefleet.v1.GetReportResponse.$Properties
             * @property {string|null} [content] GetReportResponse content
             * @property {boolean|null} [final] GetReportResponse final
             * @property {string|null} [path] GetReportResponse path
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a GetReportResponse.
             * @memberof framefleet.v1
             * @interface IGetReportResponse
             * @augments framefleet.v1.GetReportResponse.$Properties
             * @deprecated Use framefleet.v1.GetReportResponse.$Properties instead.
             */

            /**
             * Shape of a GetReportResponse.
             * @typedef {framefleet.v1.GetReportResponse.$Properties} framefleet.v1.GetReportResponse.$Shape
             */

            /**
             * Constructs a new GetReportResponse.
             * @memberof framefleet.v1
             * @classdesc Represents a GetReportResponse.
             * @constructor
             * @param {framefleet.v1.GetReportResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var GetReportResponse = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * GetReportResponse content.
             * @member {string} content
             * @memberof framefleet.v1.GetReportResponse
             * @instance
             */
            GetReportResponse.prototype.content = "";

            /**
             * GetReportResponse final.
             * @member {boolean} final
             * @memberof framefleet.v1.GetReportResponse
             * @instance
             */
            GetReportResponse.prototype.final = false;

            /**
             * GetReportResponse path.
             * @member {string} path
             * @memberof framefleet.v1.GetReportResponse
             * @instance
             */
            GetReportResponse.prototype.path = "";

            /**
             * Creates a new GetReportResponse instance using the specified properties.
             * @function create
             * @memberof framefleet.v1.GetReportResponse
             * @static
             * @param {framefleet.v1.GetReportResponse.$Properties=} [properties] Properties to set
             * @returns {framefleet.v1.GetReportResponse} GetReportResponse instance
             * @type {{
             *   (properties: framefleet.v1.GetReportResponse.$Shape): framefleet.v1.GetReportResponse & framefleet.v1.GetReportResponse.$Shape;
             *   (properties?: framefleet.v1.GetReportResponse.$Properties): framefleet.v1.GetReportResponse;
             * }}
             */
            GetReportResponse.create = function(properties) {
                return new GetReportResponse(properties);
            };

            /**
             * Encodes the specified GetReportResponse message. Does not implicitly {@link framefleet.v1.GetReportResponse.verify|verify} messages.
             * @function encode
             * @memberof framefleet.v1.GetReportResponse
             * @static
             * @param {framefleet.v1.GetReportResponse.$Properties} message GetReportResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetReportResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.content != null && $Object.hasOwnProperty.call(message, "content") && message.content !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.content);
                if (message.final != null && $Object.hasOwnProperty.call(message, "final") && message.final !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.final);
                if (message.path != null && $Object.hasOwnProperty.call(message, "path") && message.path !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.path);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified GetReportResponse message, length delimited. Does not implicitly {@link framefleet.v1.GetReportResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof framefleet.v1.GetReportResponse
             * @static
             * @param {framefleet.v1.GetReportResponse.$Properties} message GetReportResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetReportResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a GetReportResponse message from the specified reader or buffer.
             * @function decode
             * @memberof framefleet.v1.GetReportResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {framefleet.v1.GetReportResponse & framefleet.v1.GetReportResponse.$Shape} GetReportResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetReportResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.framefleet.v1.GetReportResponse();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.content = value;
                            else
                                delete message.content;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.final = value;
                            else
                                delete message.final;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.path = value;
                            else
                                delete message.path;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a GetReportResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof framefleet.v1.GetReportResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {framefleet.v1.GetReportResponse & framefleet.v1.GetReportResponse.$Shape} GetReportResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetReportResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a GetReportResponse message.
             * @function verify
             * @memberof framefleet.v1.GetReportResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            GetReportResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.content != null && $Object.hasOwnProperty.call(message, "content"))
                    if (!$util.isString(message.content))
                        return "content: string expected";
                if (message.final != null && $Object.hasOwnProperty.call(message, "final"))
                    if (typeof message.final !== "boolean")
                        return "final: boolean expected";
                if (message.path != null && $Object.hasOwnProperty.call(message, "path"))
                    if (!$util.isString(message.path))
                        return "path: string expected";
                return null;
            };

            /**
             * Creates a GetReportResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof framefleet.v1.GetReportResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {framefleet.v1.GetReportResponse} GetReportResponse
             */
            GetReportResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.framefleet.v1.GetReportResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".framefleet.v1.GetReportResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.framefleet.v1.GetReportResponse();
                if (object.content != null)
                    if (typeof object.content !== "string" || object.content.length)
                        message.content = $String(object.content);
                if (object.final != null)
                    if (object.final)
                        message.final = $Boolean(object.final);
                if (object.path != null)
                    if (typeof object.path !== "string" || object.path.length)
                        message.path = $String(object.path);
                return message;
            };

            /**
             * Creates a plain object from a GetReportResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof framefleet.v1.GetReportResponse
             * @static
             * @param {framefleet.v1.GetReportResponse} message GetReportResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            GetReportResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.content = "";
                    object.final = false;
                    object.path = "";
                }
                if (message.content != null && $Object.hasOwnProperty.call(message, "content"))
                    object.content = message.content;
                if (message.final != null && $Object.hasOwnProperty.call(message, "final"))
                    object.final = message.final;
                if (message.path != null && $Object.hasOwnProperty.call(message, "path"))
                    object.path = message.path;
                return object;
            };

            /**
             * Converts this GetReportResponse to JSON.
             * @function toJSON
             * @memberof framefleet.v1.GetReportResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            GetReportResponse.prototype.toJSON = function() {
                return GetReportResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for GetReportResponse
             * @function getTypeUrl
             * @memberof framefleet.v1.GetReportResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            GetReportResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/framefleet.v1.GetReportResponse";
            };

            return GetReportResponse;
        })();

        /**
         * Outcome enum.
         * @name framefleet.v1.Outcome
         * @enum {number}
         * @property {number} OUTCOME_UNSPECIFIED=0 OUTCOME_UNSPECIFIED value
         * @property {number} OUTCOME_DONE=1 OUTCOME_DONE value
         * @property {number} OUTCOME_FAILED=2 OUTCOME_FAILED value
         * @property {number} OUTCOME_DUPLICATE=3 OUTCOME_DUPLICATE value
         */
        v1.Outcome = (function() {
            var valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "OUTCOME_UNSPECIFIED"] = 0;
            values[valuesById[1] = "OUTCOME_DONE"] = 1;
            values[valuesById[2] = "OUTCOME_FAILED"] = 2;
            values[valuesById[3] = "OUTCOME_DUPLICATE"] = 3;
            return values;
        })();

        v1.Timings = (function() {

            /**
             * Properties of a Timings.
             * @typedef {Object} framefleet.v1.Timings.$Properties
             * @property {number|null} [publishedAtMs] Timings publishedAtMs
             * @property {number|null} [startedAtMs] Timings startedAtMs
             * @property {number|null} [finishedAtMs] Timings finishedAtMs
             * @property {number|null} [backendMs] Timings backendMs
             * @property {number|null} [loadMs] Timings loadMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Timings.
             * @memberof framefleet.v1
             * @interface ITimings
             * @augments framefleet.v1.Timings.$Properties
             * @deprecated Use framefleet.v1.Timings.$Properties instead.
             */

            /**
             * Shape of a Timings.
             * @typedef {framefleet.v1.Timings.$Properties} framefleet.v1.Timings.$Shape
             */

            /**
             * Constructs a new Timings.
             * @memberof framefleet.v1
             * @classdesc Represents a Timings.
             * @constructor
             * @param {framefleet.v1.Timings.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Timings = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Timings publishedAtMs.
             * @member {number} publishedAtMs
             * @memberof framefleet.v1.Timings
             * @instance
             */
            Timings.prototype.publishedAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Timings startedAtMs.
             * @member {number} startedAtMs
             * @memberof framefleet.v1.Timings
             * @instance
             */
            Timings.prototype.startedAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Timings finishedAtMs.
             * @member {number} finishedAtMs
             * @memberof framefleet.v1.Timings
             * @instance
             */
            Timings.prototype.finishedAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Timings backendMs.
             * @member {number} backendMs
             * @memberof framefleet.v1.Timings
             * @instance
             */
            Timings.prototype.backendMs = 0;

            /**
             * Timings loadMs.
             * @member {number} loadMs
             * @memberof framefleet.v1.Timings
             * @instance
             */
            Timings.prototype.loadMs = 0;

            /**
             * Creates a new Timings instance using the specified properties.
             * @function create
             * @memberof framefleet.v1.Timings
             * @static
             * @param {framefleet.v1.Timings.$Properties=} [properties] Properties to set
             * @returns {framefleet.v1.Timings} Timings instance
             * @type {{
             *   (properties: framefleet.v1.Timings.$Shape): framefleet.v1.Timings & framefleet.v1.Timings.$Shape;
             *   (properties?: framefleet.v1.Timings.$Properties): framefleet.v1.Timings;
             * }}
             */
            Timings.create = function(properties) {
                return new Timings(properties);
            };

            /**
             * Encodes the specified Timings message. Does not implicitly {@link framefleet.v1.Timings.verify|verify} messages.
             * @function encode
             * @memberof framefleet.v1.Timings
             * @static
             * @param {framefleet.v1.Timings.$Properties} message Timings message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Timings.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.publishedAtMs != null && $Object.hasOwnProperty.call(message, "publishedAtMs") && (typeof message.publishedAtMs === "object" ? message.publishedAtMs.low || message.publishedAtMs.high : message.publishedAtMs !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.publishedAtMs);
                if (message.startedAtMs != null && $Object.hasOwnProperty.call(message, "startedAtMs") && (typeof message.startedAtMs === "object" ? message.startedAtMs.low || message.startedAtMs.high : message.startedAtMs !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.startedAtMs);
                if (message.finishedAtMs != null && $Object.hasOwnProperty.call(message, "finishedAtMs") && (typeof message.finishedAtMs === "object" ? message.finishedAtMs.low || message.finishedAtMs.high : message.finishedAtMs !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.finishedAtMs);
                if (message.backendMs != null && $Object.hasOwnProperty.call(message, "backendMs") && message.backendMs !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.backendMs);
                if (message.loadMs != null && $Object.hasOwnProperty.call(message, "loadMs") && message.loadMs !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.loadMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Timings message, length delimited. Does not implicitly {@link framefleet.v1.Timings.verify|verify} messages.
             * @function encodeDelimited
             * @memberof framefleet.v1.Timings
             * @static
             * @param {framefleet.v1.Timings.$Properties} message Timings message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Timings.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Timings message from the specified reader or buffer.
             * @function decode
             * @memberof framefleet.v1.Timings
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {framefleet.v1.Timings & framefleet.v1.Timings.$Shape} Timings
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Timings.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.framefleet.v1.Timings();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.publishedAtMs = value;
                            else
                                delete message.publishedAtMs;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.startedAtMs = value;
                            else
                                delete message.startedAtMs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.finishedAtMs = value;
                            else
                                delete message.finishedAtMs;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.backendMs = value;
                            else
                                delete message.backendMs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.loadMs = value;
                            else
                                delete message.loadMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Timings message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof framefleet.v1.Timings
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {framefleet.v1.Timings & framefleet.v1.Timings.$Shape} Timings
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Timings.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Timings message.
             * @function verify
             * @memberof framefleet.v1.Timings
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Timings.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.publishedAtMs != null && $Object.hasOwnProperty.call(message, "publishedAtMs"))
                    if (!$util.isInteger(message.publishedAtMs) && !(message.publishedAtMs && $util.isInteger(message.publishedAtMs.low) && $util.isInteger(message.publishedAtMs.high)))
                        return "publishedAtMs: integer|Long expected";
                if (message.startedAtMs != null && $Object.hasOwnProperty.call(message, "startedAtMs"))
                    if (!$util.isInteger(message.startedAtMs) && !(message.startedAtMs && $util.isInteger(message.startedAtMs.low) && $util.isInteger(message.startedAtMs.high)))
                        return "startedAtMs: integer|Long expected";
                if (message.finishedAtMs != null && $Object.hasOwnProperty.call(message, "finishedAtMs"))
                    if (!$util.isInteger(message.finishedAtMs) && !(message.finishedAtMs && $util.isInteger(message.finishedAtMs.low) && $util.isInteger(message.finishedAtMs.high)))
                        return "finishedAtMs: integer|Long expected";
                if (message.backendMs != null && $Object.hasOwnProperty.call(message, "backendMs"))
                    if (!$util.isInteger(message.backendMs))
                        return "backendMs: integer expected";
                if (message.loadMs != null && $Object.hasOwnProperty.call(message, "loadMs"))
                    if (!$util.isInteger(message.loadMs))
                        return "loadMs: integer expected";
                return null;
            };

            /**
             * Creates a Timings message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof framefleet.v1.Timings
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {framefleet.v1.Timings} Timings
             */
            Timings.fromObject = function (object, _depth) {
                if (object instanceof $root.framefleet.v1.Timings)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".framefleet.v1.Timings: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.framefleet.v1.Timings();
                if (object.publishedAtMs != null)
                    if (typeof object.publishedAtMs === "object" ? object.publishedAtMs.low || object.publishedAtMs.high : $Number(object.publishedAtMs) !== 0)
                        if ($util.Long)
                            message.publishedAtMs = $util.Long.fromValue(object.publishedAtMs, false);
                        else if (typeof object.publishedAtMs === "string")
                            message.publishedAtMs = $parseInt(object.publishedAtMs, 10);
                        else if (typeof object.publishedAtMs === "number")
                            message.publishedAtMs = object.publishedAtMs;
                        else if (typeof object.publishedAtMs === "object")
                            message.publishedAtMs = new $util.LongBits(object.publishedAtMs.low >>> 0, object.publishedAtMs.high >>> 0).toNumber();
                if (object.startedAtMs != null)
                    if (typeof object.startedAtMs === "object" ? object.startedAtMs.low || object.startedAtMs.high : $Number(object.startedAtMs) !== 0)
                        if ($util.Long)
                            message.startedAtMs = $util.Long.fromValue(object.startedAtMs, false);
                        else if (typeof object.startedAtMs === "string")
                            message.startedAtMs = $parseInt(object.startedAtMs, 10);
                        else if (typeof object.startedAtMs === "number")
                            message.startedAtMs = object.startedAtMs;
                        else if (typeof object.startedAtMs === "object")
                            message.startedAtMs = new $util.LongBits(object.startedAtMs.low >>> 0, object.startedAtMs.high >>> 0).toNumber();
                if (object.finishedAtMs != null)
                    if (typeof object.finishedAtMs === "object" ? object.finishedAtMs.low || object.finishedAtMs.high : $Number(object.finishedAtMs) !== 0)
                        if ($util.Long)
                            message.finishedAtMs = $util.Long.fromValue(object.finishedAtMs, false);
                        else if (typeof object.finishedAtMs === "string")
                            message.finishedAtMs = $parseInt(object.finishedAtMs, 10);
                        else if (typeof object.finishedAtMs === "number")
                            message.finishedAtMs = object.finishedAtMs;
                        else if (typeof object.finishedAtMs === "object")
                            message.finishedAtMs = new $util.LongBits(object.finishedAtMs.low >>> 0, object.finishedAtMs.high >>> 0).toNumber();
                if (object.backendMs != null)
                    if ($Number(object.backendMs) !== 0)
                        message.backendMs = object.backendMs >>> 0;
                if (object.loadMs != null)
                    if ($Number(object.loadMs) !== 0)
                        message.loadMs = object.loadMs >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a Timings message. Also converts values to other types if specified.
             * @function toObject
             * @memberof framefleet.v1.Timings
             * @static
             * @param {framefleet.v1.Timings} message Timings
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Timings.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, false);
                        object.publishedAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.publishedAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, false);
                        object.startedAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.startedAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, false);
                        object.finishedAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.finishedAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.backendMs = 0;
                    object.loadMs = 0;
                }
                if (message.publishedAtMs != null && $Object.hasOwnProperty.call(message, "publishedAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.publishedAtMs = typeof message.publishedAtMs === "number" ? $BigInt(message.publishedAtMs) : $util.Long.fromBits(message.publishedAtMs.low >>> 0, message.publishedAtMs.high >>> 0, false).toBigInt();
                    else if (typeof message.publishedAtMs === "number")
                        object.publishedAtMs = options.longs === $String ? $String(message.publishedAtMs) : message.publishedAtMs;
                    else
                        object.publishedAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.publishedAtMs) : options.longs === $Number ? new $util.LongBits(message.publishedAtMs.low >>> 0, message.publishedAtMs.high >>> 0).toNumber() : message.publishedAtMs;
                if (message.startedAtMs != null && $Object.hasOwnProperty.call(message, "startedAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.startedAtMs = typeof message.startedAtMs === "number" ? $BigInt(message.startedAtMs) : $util.Long.fromBits(message.startedAtMs.low >>> 0, message.startedAtMs.high >>> 0, false).toBigInt();
                    else if (typeof message.startedAtMs === "number")
                        object.startedAtMs = options.longs === $String ? $String(message.startedAtMs) : message.startedAtMs;
                    else
                        object.startedAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.startedAtMs) : options.longs === $Number ? new $util.LongBits(message.startedAtMs.low >>> 0, message.startedAtMs.high >>> 0).toNumber() : message.startedAtMs;
                if (message.finishedAtMs != null && $Object.hasOwnProperty.call(message, "finishedAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.finishedAtMs = typeof message.finishedAtMs === "number" ? $BigInt(message.finishedAtMs) : $util.Long.fromBits(message.finishedAtMs.low >>> 0, message.finishedAtMs.high >>> 0, false).toBigInt();
                    else if (typeof message.finishedAtMs === "number")
                        object.finishedAtMs = options.longs === $String ? $String(message.finishedAtMs) : message.finishedAtMs;
                    else
                        object.finishedAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.finishedAtMs) : options.longs === $Number ? new $util.LongBits(message.finishedAtMs.low >>> 0, message.finishedAtMs.high >>> 0).toNumber() : message.finishedAtMs;
                if (message.backendMs != null && $Object.hasOwnProperty.call(message, "backendMs"))
                    object.backendMs = message.backendMs;
                if (message.loadMs != null && $Object.hasOwnProperty.call(message, "loadMs"))
                    object.loadMs = message.loadMs;
                return object;
            };

            /**
             * Converts this Timings to JSON.
             * @function toJSON
             * @memberof framefleet.v1.Timings
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Timings.prototype.toJSON = function() {
                return Timings.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Timings
             * @function getTypeUrl
             * @memberof framefleet.v1.Timings
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Timings.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/framefleet.v1.Timings";
            };

            return Timings;
        })();

        v1.TaskResult = (function() {

            /**
             * Properties of a TaskResult.
             * @typedef {Object} framefleet.v1.TaskResult.$Properties
             * @property {string|null} [taskId] TaskResult taskId
             * @property {string|null} [runId] TaskResult runId
             * @property {framefleet.v1.TaskKind|null} [kind] TaskResult kind
             * @property {string|null} [backend] TaskResult backend
             * @property {string|null} [itemKey] TaskResult itemKey
             * @property {framefleet.v1.Outcome|null} [outcome] TaskResult outcome
             * @property {number|null} [attempt] TaskResult attempt
             * @property {string|null} [node] TaskResult node
             * @property {string|null} [deviceUuid] TaskResult deviceUuid
             * @property {framefleet.v1.OutputFile.$Properties|null} [output] TaskResult output
             * @property {Array.<framefleet.v1.TaskError.$Properties>|null} [errors] TaskResult errors
             * @property {framefleet.v1.Timings.$Properties|null} [timings] TaskResult timings
             * @property {string|null} [genTaskId] TaskResult genTaskId
             * @property {Object.<string,number>|null} [scores] TaskResult scores
             * @property {Object.<string,string>|null} [labels] TaskResult labels
             * @property {framefleet.v1.BackendLoad.$Properties|null} [load] TaskResult load
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TaskResult.
             * @memberof framefleet.v1
             * @interface ITaskResult
             * @augments framefleet.v1.TaskResult.$Properties
             * @deprecated Use framefleet.v1.TaskResult.$Properties instead.
             */

            /**
             * Shape of a TaskResult.
             * @typedef {framefleet.v1.TaskResult.$Properties} framefleet.v1.TaskResult.$Shape
             */

            /**
             * Constructs a new TaskResult.
             * @memberof framefleet.v1
             * @classdesc Represents a TaskResult.
             * @constructor
             * @param {framefleet.v1.TaskResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var TaskResult = function (properties) {
                this.errors = [];
                this.scores = {};
                this.labels = {};
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TaskResult taskId.
             * @member {string} taskId
             * @memberof framefleet.v1.TaskResult
             * @instance
             */
            TaskResult.prototype.taskId = "";

            /**
             * TaskResult runId.
             * @member {string} runId
             * @memberof framefleet.v1.TaskResult
             * @instance
             */
            TaskResult.prototype.runId = "";

            /**
             * TaskResult kind.
             * @member {framefleet.v1.TaskKind} kind
             * @memberof framefleet.v1.TaskResult
             * @instance
             */
            TaskResult.prototype.kind = 0;

            /**
             * TaskResult backend.
             * @member {string} backend
             * @memberof framefleet.v1.TaskResult
             * @instance
             */
            TaskResult.prototype.backend = "";

            /**
             * TaskResult itemKey.
             * @member {string} itemKey
             * @memberof framefleet.v1.TaskResult
             * @instance
             */
            TaskResult.prototype.itemKey = "";

            /**
             * TaskResult outcome.
             * @member {framefleet.v1.Outcome} outcome
             * @memberof framefleet.v1.TaskResult
             * @instance
             */
            TaskResult.prototype.outcome = 0;

            /**
             * TaskResult attempt.
             * @member {number} attempt
             * @memberof framefleet.v1.TaskResult
             * @instance
             */
            TaskResult.prototype.attempt = 0;

            /**
             * TaskResult node.
             * @member {string} node
             * @memberof framefleet.v1.TaskResult
             * @instance
             */
            TaskResult.prototype.node = "";

            /**
             * TaskResult deviceUuid.
             * @member {string} deviceUuid
             * @memberof framefleet.v1.TaskResult
             * @instance
             */
            TaskResult.prototype.deviceUuid = "";

            /**
             * TaskResult output.
             * @member {framefleet.v1.OutputFile.$Properties|null|undefined} output
             * @memberof framefleet.v1.TaskResult
             * @instance
             */
            TaskResult.prototype.output = null;

            /**
             * TaskResult errors.
             * @member {Array.<framefleet.v1.TaskError.$Properties>} errors
             * @memberof framefleet.v1.TaskResult
             * @instance
             */
            TaskResult.prototype.errors = $util.emptyArray;

            /**
             * TaskResult timings.
             * @member {framefleet.v1.Timings.$Properties|null|undefined} timings
             * @memberof framefleet.v1.TaskResult
             * @instance
             */
            TaskResult.prototype.timings = null;

            /**
             * TaskResult genTaskId.
             * @member {string} genTaskId
             * @memberof framefleet.v1.TaskResult
             * @instance
             */
            TaskResult.prototype.genTaskId = "";

            /**
             * TaskResult scores.
             * @member {Object.<string,number>} scores
             * @memberof framefleet.v1.TaskResult
             * @instance
             */
            TaskResult.prototype.scores = $util.emptyObject;

            /**
             * TaskResult labels.
             * @member {Object.<string,string>} labels
             * @memberof framefleet.v1.TaskResult
             * @instance
             */
            TaskResult.prototype.labels = $util.emptyObject;

            /**
             * TaskResult load.
             * @member {framefleet.v1.BackendLoad.$Properties|null|undefined} load
             * @memberof framefleet.v1.TaskResult
             * @instance
             */
            TaskResult.prototype.load = null;

            /**
             * Creates a new TaskResult instance using the specified properties.
             * @function create
             * @memberof framefleet.v1.TaskResult
             * @static
             * @param {framefleet.v1.TaskResult.$Properties=} [properties] Properties to set
             * @returns {framefleet.v1.TaskResult} TaskResult instance
             * @type {{
             *   (properties: framefleet.v1.TaskResult.$Shape): framefleet.v1.TaskResult & framefleet.v1.TaskResult.$Shape;
             *   (properties?: framefleet.v1.TaskResult.$Properties): framefleet.v1.TaskResult;
             * }}
             */
            TaskResult.create = function(properties) {
                return new TaskResult(properties);
            };

            /**
             * Encodes the specified TaskResult message. Does not implicitly {@link framefleet.v1.TaskResult.verify|verify} messages.
             * @function encode
             * @memberof framefleet.v1.TaskResult
             * @static
             * @param {framefleet.v1.TaskResult.$Properties} message TaskResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TaskResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId") && message.taskId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.taskId);
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId") && message.runId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.runId);
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.kind);
                if (message.backend != null && $Object.hasOwnProperty.call(message, "backend") && message.backend !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.backend);
                if (message.itemKey != null && $Object.hasOwnProperty.call(message, "itemKey") && message.itemKey !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.itemKey);
                if (message.outcome != null && $Object.hasOwnProperty.call(message, "outcome") && message.outcome !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).int32(message.outcome);
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt") && message.attempt !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.attempt);
                if (message.node != null && $Object.hasOwnProperty.call(message, "node") && message.node !== "")
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.node);
                if (message.deviceUuid != null && $Object.hasOwnProperty.call(message, "deviceUuid") && message.deviceUuid !== "")
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.deviceUuid);
                if (message.output != null && $Object.hasOwnProperty.call(message, "output"))
                    $root.framefleet.v1.OutputFile.encode(message.output, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.errors != null && message.errors.length)
                    for (var i = 0; i < message.errors.length; ++i)
                        $root.framefleet.v1.TaskError.encode(message.errors[i], writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.timings != null && $Object.hasOwnProperty.call(message, "timings"))
                    $root.framefleet.v1.Timings.encode(message.timings, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                if (message.genTaskId != null && $Object.hasOwnProperty.call(message, "genTaskId") && message.genTaskId !== "")
                    writer.uint32(/* id 13, wireType 2 =*/106).string(message.genTaskId);
                if (message.scores != null && $Object.hasOwnProperty.call(message, "scores"))
                    for (var keys = $Object.keys(message.scores), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 14, wireType 2 =*/114).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 1 =*/17).double(message.scores[keys[i]]).ldelim();
                if (message.labels != null && $Object.hasOwnProperty.call(message, "labels"))
                    for (var keys = $Object.keys(message.labels), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 15, wireType 2 =*/122).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.labels[keys[i]]).ldelim();
                if (message.load != null && $Object.hasOwnProperty.call(message, "load"))
                    $root.framefleet.v1.BackendLoad.encode(message.load, writer.uint32(/* id 16, wireType 2 =*/130).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified TaskResult message, length delimited. Does not implicitly {@link framefleet.v1.TaskResult.verify|verify} messages.
             * @function encodeDelimited
             * @memberof framefleet.v1.TaskResult
             * @static
             * @param {framefleet.v1.TaskResult.$Properties} message TaskResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TaskResult.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a TaskResult message from the specified reader or buffer.
             * @function decode
             * @memberof framefleet.v1.TaskResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {framefleet.v1.TaskResult & framefleet.v1.TaskResult.$Shape} TaskResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TaskResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.framefleet.v1.TaskResult();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.taskId = value;
                            else
                                delete message.taskId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.runId = value;
                            else
                                delete message.runId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.backend = value;
                            else
                                delete message.backend;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.itemKey = value;
                            else
                                delete message.itemKey;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.outcome = value;
                            else
                                delete message.outcome;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.attempt = value;
                            else
                                delete message.attempt;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.node = value;
                            else
                                delete message.node;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.deviceUuid = value;
                            else
                                delete message.deviceUuid;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.output = $root.framefleet.v1.OutputFile.decode(reader, reader.size(), $undefined, _depth + 1, message.output);
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if (!(message.errors && message.errors.length))
                                message.errors = [];
                            message.errors.push($root.framefleet.v1.TaskError.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.timings = $root.framefleet.v1.Timings.decode(reader, reader.size(), $undefined, _depth + 1, message.timings);
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.genTaskId = value;
                            else
                                delete message.genTaskId;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            if (message.scores === $util.emptyObject)
                                message.scores = {};
                            var end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = 0;
                            while (reader.pos < end2) {
                                var tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 1)
                                        break;
                                    value = reader.double();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.scores, key);
                            message.scores[key] = value;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            if (message.labels === $util.emptyObject)
                                message.labels = {};
                            var end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                var tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.labels, key);
                            message.labels[key] = value;
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            message.load = $root.framefleet.v1.BackendLoad.decode(reader, reader.size(), $undefined, _depth + 1, message.load);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a TaskResult message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof framefleet.v1.TaskResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {framefleet.v1.TaskResult & framefleet.v1.TaskResult.$Shape} TaskResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TaskResult.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a TaskResult message.
             * @function verify
             * @memberof framefleet.v1.TaskResult
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            TaskResult.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId"))
                    if (!$util.isString(message.taskId))
                        return "taskId: string expected";
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                    if (!$util.isString(message.runId))
                        return "runId: string expected";
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    if (typeof message.kind !== "number" || (message.kind | 0) !== message.kind)
                        return "kind: enum value expected";
                if (message.backend != null && $Object.hasOwnProperty.call(message, "backend"))
                    if (!$util.isString(message.backend))
                        return "backend: string expected";
                if (message.itemKey != null && $Object.hasOwnProperty.call(message, "itemKey"))
                    if (!$util.isString(message.itemKey))
                        return "itemKey: string expected";
                if (message.outcome != null && $Object.hasOwnProperty.call(message, "outcome"))
                    if (typeof message.outcome !== "number" || (message.outcome | 0) !== message.outcome)
                        return "outcome: enum value expected";
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt"))
                    if (!$util.isInteger(message.attempt))
                        return "attempt: integer expected";
                if (message.node != null && $Object.hasOwnProperty.call(message, "node"))
                    if (!$util.isString(message.node))
                        return "node: string expected";
                if (message.deviceUuid != null && $Object.hasOwnProperty.call(message, "deviceUuid"))
                    if (!$util.isString(message.deviceUuid))
                        return "deviceUuid: string expected";
                if (message.output != null && $Object.hasOwnProperty.call(message, "output")) {
                    var error = $root.framefleet.v1.OutputFile.verify(message.output, _depth + 1);
                    if (error)
                        return "output." + error;
                }
                if (message.errors != null && $Object.hasOwnProperty.call(message, "errors")) {
                    if (!$Array.isArray(message.errors))
                        return "errors: array expected";
                    for (var i = 0; i < message.errors.length; ++i) {
                        var error = $root.framefleet.v1.TaskError.verify(message.errors[i], _depth + 1);
                        if (error)
                            return "errors." + error;
                    }
                }
                if (message.timings != null && $Object.hasOwnProperty.call(message, "timings")) {
                    var error = $root.framefleet.v1.Timings.verify(message.timings, _depth + 1);
                    if (error)
                        return "timings." + error;
                }
                if (message.genTaskId != null && $Object.hasOwnProperty.call(message, "genTaskId"))
                    if (!$util.isString(message.genTaskId))
                        return "genTaskId: string expected";
                if (message.scores != null && $Object.hasOwnProperty.call(message, "scores")) {
                    if (!$util.isObject(message.scores))
                        return "scores: object expected";
                    var key = $Object.keys(message.scores);
                    for (var i = 0; i < key.length; ++i)
                        if (typeof message.scores[key[i]] !== "number")
                            return "scores: number{k:string} expected";
                }
                if (message.labels != null && $Object.hasOwnProperty.call(message, "labels")) {
                    if (!$util.isObject(message.labels))
                        return "labels: object expected";
                    var key = $Object.keys(message.labels);
                    for (var i = 0; i < key.length; ++i)
                        if (!$util.isString(message.labels[key[i]]))
                            return "labels: string{k:string} expected";
                }
                if (message.load != null && $Object.hasOwnProperty.call(message, "load")) {
                    var error = $root.framefleet.v1.BackendLoad.verify(message.load, _depth + 1);
                    if (error)
                        return "load." + error;
                }
                return null;
            };

            /**
             * Creates a TaskResult message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof framefleet.v1.TaskResult
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {framefleet.v1.TaskResult} TaskResult
             */
            TaskResult.fromObject = function (object, _depth) {
                if (object instanceof $root.framefleet.v1.TaskResult)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".framefleet.v1.TaskResult: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.framefleet.v1.TaskResult();
                if (object.taskId != null)
                    if (typeof object.taskId !== "string" || object.taskId.length)
                        message.taskId = $String(object.taskId);
                if (object.runId != null)
                    if (typeof object.runId !== "string" || object.runId.length)
                        message.runId = $String(object.runId);
                if (object.kind !== 0 && (typeof object.kind !== "string" || $root.framefleet.v1.TaskKind[object.kind] !== 0))
                    switch (object.kind) {
                    case "TASK_KIND_UNSPECIFIED":
                    case 0:
                        message.kind = 0;
                        break;
                    case "TASK_KIND_GEN":
                    case 1:
                        message.kind = 1;
                        break;
                    case "TASK_KIND_EVAL":
                    case 2:
                        message.kind = 2;
                        break;
                    default:
                        if (typeof object.kind === "number" && (object.kind | 0) === object.kind)
                            message.kind = object.kind;
                    }
                if (object.backend != null)
                    if (typeof object.backend !== "string" || object.backend.length)
                        message.backend = $String(object.backend);
                if (object.itemKey != null)
                    if (typeof object.itemKey !== "string" || object.itemKey.length)
                        message.itemKey = $String(object.itemKey);
                if (object.outcome !== 0 && (typeof object.outcome !== "string" || $root.framefleet.v1.Outcome[object.outcome] !== 0))
                    switch (object.outcome) {
                    case "OUTCOME_UNSPECIFIED":
                    case 0:
                        message.outcome = 0;
                        break;
                    case "OUTCOME_DONE":
                    case 1:
                        message.outcome = 1;
                        break;
                    case "OUTCOME_FAILED":
                    case 2:
                        message.outcome = 2;
                        break;
                    case "OUTCOME_DUPLICATE":
                    case 3:
                        message.outcome = 3;
                        break;
                    default:
                        if (typeof object.outcome === "number" && (object.outcome | 0) === object.outcome)
                            message.outcome = object.outcome;
                    }
                if (object.attempt != null)
                    if ($Number(object.attempt) !== 0)
                        message.attempt = object.attempt >>> 0;
                if (object.node != null)
                    if (typeof object.node !== "string" || object.node.length)
                        message.node = $String(object.node);
                if (object.deviceUuid != null)
                    if (typeof object.deviceUuid !== "string" || object.deviceUuid.length)
                        message.deviceUuid = $String(object.deviceUuid);
                if (object.output != null) {
                    if (!$util.isObject(object.output))
                        throw $TypeError(".framefleet.v1.TaskResult.output: object expected");
                    message.output = $root.framefleet.v1.OutputFile.fromObject(object.output, _depth + 1);
                }
                if (object.errors) {
                    if (!$Array.isArray(object.errors))
                        throw $TypeError(".framefleet.v1.TaskResult.errors: array expected");
                    message.errors = $Array(object.errors.length);
                    for (var i = 0; i < object.errors.length; ++i) {
                        if (!$util.isObject(object.errors[i]))
                            throw $TypeError(".framefleet.v1.TaskResult.errors: object expected");
                        message.errors[i] = $root.framefleet.v1.TaskError.fromObject(object.errors[i], _depth + 1);
                    }
                }
                if (object.timings != null) {
                    if (!$util.isObject(object.timings))
                        throw $TypeError(".framefleet.v1.TaskResult.timings: object expected");
                    message.timings = $root.framefleet.v1.Timings.fromObject(object.timings, _depth + 1);
                }
                if (object.genTaskId != null)
                    if (typeof object.genTaskId !== "string" || object.genTaskId.length)
                        message.genTaskId = $String(object.genTaskId);
                if (object.scores) {
                    if (!$util.isObject(object.scores))
                        throw $TypeError(".framefleet.v1.TaskResult.scores: object expected");
                    message.scores = {};
                    for (var keys = $Object.keys(object.scores), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.scores, keys[i]);
                        message.scores[keys[i]] = $Number(object.scores[keys[i]]);
                    }
                }
                if (object.labels) {
                    if (!$util.isObject(object.labels))
                        throw $TypeError(".framefleet.v1.TaskResult.labels: object expected");
                    message.labels = {};
                    for (var keys = $Object.keys(object.labels), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.labels, keys[i]);
                        message.labels[keys[i]] = $String(object.labels[keys[i]]);
                    }
                }
                if (object.load != null) {
                    if (!$util.isObject(object.load))
                        throw $TypeError(".framefleet.v1.TaskResult.load: object expected");
                    message.load = $root.framefleet.v1.BackendLoad.fromObject(object.load, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a TaskResult message. Also converts values to other types if specified.
             * @function toObject
             * @memberof framefleet.v1.TaskResult
             * @static
             * @param {framefleet.v1.TaskResult} message TaskResult
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TaskResult.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.arrays || options.defaults)
                    object.errors = [];
                if (options.objects || options.defaults) {
                    object.scores = {};
                    object.labels = {};
                }
                if (options.defaults) {
                    object.taskId = "";
                    object.runId = "";
                    object.kind = options.enums === $String ? "TASK_KIND_UNSPECIFIED" : 0;
                    object.backend = "";
                    object.itemKey = "";
                    object.outcome = options.enums === $String ? "OUTCOME_UNSPECIFIED" : 0;
                    object.attempt = 0;
                    object.node = "";
                    object.deviceUuid = "";
                    object.output = null;
                    object.timings = null;
                    object.genTaskId = "";
                    object.load = null;
                }
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId"))
                    object.taskId = message.taskId;
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                    object.runId = message.runId;
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    object.kind = options.enums === $String ? $root.framefleet.v1.TaskKind[message.kind] === $undefined ? message.kind : $root.framefleet.v1.TaskKind[message.kind] : message.kind;
                if (message.backend != null && $Object.hasOwnProperty.call(message, "backend"))
                    object.backend = message.backend;
                if (message.itemKey != null && $Object.hasOwnProperty.call(message, "itemKey"))
                    object.itemKey = message.itemKey;
                if (message.outcome != null && $Object.hasOwnProperty.call(message, "outcome"))
                    object.outcome = options.enums === $String ? $root.framefleet.v1.Outcome[message.outcome] === $undefined ? message.outcome : $root.framefleet.v1.Outcome[message.outcome] : message.outcome;
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt"))
                    object.attempt = message.attempt;
                if (message.node != null && $Object.hasOwnProperty.call(message, "node"))
                    object.node = message.node;
                if (message.deviceUuid != null && $Object.hasOwnProperty.call(message, "deviceUuid"))
                    object.deviceUuid = message.deviceUuid;
                if (message.output != null && $Object.hasOwnProperty.call(message, "output"))
                    object.output = $root.framefleet.v1.OutputFile.toObject(message.output, options, _depth + 1);
                if (message.errors && message.errors.length) {
                    object.errors = $Array(message.errors.length);
                    for (var j = 0; j < message.errors.length; ++j)
                        object.errors[j] = $root.framefleet.v1.TaskError.toObject(message.errors[j], options, _depth + 1);
                }
                if (message.timings != null && $Object.hasOwnProperty.call(message, "timings"))
                    object.timings = $root.framefleet.v1.Timings.toObject(message.timings, options, _depth + 1);
                if (message.genTaskId != null && $Object.hasOwnProperty.call(message, "genTaskId"))
                    object.genTaskId = message.genTaskId;
                var keys2;
                if (message.scores && (keys2 = $Object.keys(message.scores)).length) {
                    object.scores = {};
                    for (var j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.scores, keys2[j]);
                        object.scores[keys2[j]] = options.json && !$isFinite(message.scores[keys2[j]]) ? $String(message.scores[keys2[j]]) : message.scores[keys2[j]];
                    }
                }
                if (message.labels && (keys2 = $Object.keys(message.labels)).length) {
                    object.labels = {};
                    for (var j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.labels, keys2[j]);
                        object.labels[keys2[j]] = message.labels[keys2[j]];
                    }
                }
                if (message.load != null && $Object.hasOwnProperty.call(message, "load"))
                    object.load = $root.framefleet.v1.BackendLoad.toObject(message.load, options, _depth + 1);
                return object;
            };

            /**
             * Converts this TaskResult to JSON.
             * @function toJSON
             * @memberof framefleet.v1.TaskResult
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TaskResult.prototype.toJSON = function() {
                return TaskResult.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for TaskResult
             * @function getTypeUrl
             * @memberof framefleet.v1.TaskResult
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TaskResult.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/framefleet.v1.TaskResult";
            };

            return TaskResult;
        })();

        v1.TaskStarted = (function() {

            /**
             * Properties of a TaskStarted.
             * @typedef {Object} framefleet.v1.TaskStarted.$Properties
             * @property {string|null} [taskId] TaskStarted taskId
             * @property {string|null} [runId] TaskStarted runId
             * @property {framefleet.v1.TaskKind|null} [kind] TaskStarted kind
             * @property {number|null} [attempt] TaskStarted attempt
             * @property {string|null} [node] TaskStarted node
             * @property {string|null} [deviceUuid] TaskStarted deviceUuid
             * @property {number|null} [atMs] TaskStarted atMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TaskStarted.
             * @memberof framefleet.v1
             * @interface ITaskStarted
             * @augments framefleet.v1.TaskStarted.$Properties
             * @deprecated Use framefleet.v1.TaskStarted.$Properties instead.
             */

            /**
             * Shape of a TaskStarted.
             * @typedef {framefleet.v1.TaskStarted.$Properties} framefleet.v1.TaskStarted.$Shape
             */

            /**
             * Constructs a new TaskStarted.
             * @memberof framefleet.v1
             * @classdesc Represents a TaskStarted.
             * @constructor
             * @param {framefleet.v1.TaskStarted.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var TaskStarted = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TaskStarted taskId.
             * @member {string} taskId
             * @memberof framefleet.v1.TaskStarted
             * @instance
             */
            TaskStarted.prototype.taskId = "";

            /**
             * TaskStarted runId.
             * @member {string} runId
             * @memberof framefleet.v1.TaskStarted
             * @instance
             */
            TaskStarted.prototype.runId = "";

            /**
             * TaskStarted kind.
             * @member {framefleet.v1.TaskKind} kind
             * @memberof framefleet.v1.TaskStarted
             * @instance
             */
            TaskStarted.prototype.kind = 0;

            /**
             * TaskStarted attempt.
             * @member {number} attempt
             * @memberof framefleet.v1.TaskStarted
             * @instance
             */
            TaskStarted.prototype.attempt = 0;

            /**
             * TaskStarted node.
             * @member {string} node
             * @memberof framefleet.v1.TaskStarted
             * @instance
             */
            TaskStarted.prototype.node = "";

            /**
             * TaskStarted deviceUuid.
             * @member {string} deviceUuid
             * @memberof framefleet.v1.TaskStarted
             * @instance
             */
            TaskStarted.prototype.deviceUuid = "";

            /**
             * TaskStarted atMs.
             * @member {number} atMs
             * @memberof framefleet.v1.TaskStarted
             * @instance
             */
            TaskStarted.prototype.atMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new TaskStarted instance using the specified properties.
             * @function create
             * @memberof framefleet.v1.TaskStarted
             * @static
             * @param {framefleet.v1.TaskStarted.$Properties=} [properties] Properties to set
             * @returns {framefleet.v1.TaskStarted} TaskStarted instance
             * @type {{
             *   (properties: framefleet.v1.TaskStarted.$Shape): framefleet.v1.TaskStarted & framefleet.v1.TaskStarted.$Shape;
             *   (properties?: framefleet.v1.TaskStarted.$Properties): framefleet.v1.TaskStarted;
             * }}
             */
            TaskStarted.create = function(properties) {
                return new TaskStarted(properties);
            };

            /**
             * Encodes the specified TaskStarted message. Does not implicitly {@link framefleet.v1.TaskStarted.verify|verify} messages.
             * @function encode
             * @memberof framefleet.v1.TaskStarted
             * @static
             * @param {framefleet.v1.TaskStarted.$Properties} message TaskStarted message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TaskStarted.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId") && message.taskId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.taskId);
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId") && message.runId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.runId);
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.kind);
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt") && message.attempt !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.attempt);
                if (message.node != null && $Object.hasOwnProperty.call(message, "node") && message.node !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.node);
                if (message.deviceUuid != null && $Object.hasOwnProperty.call(message, "deviceUuid") && message.deviceUuid !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.deviceUuid);
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs") && (typeof message.atMs === "object" ? message.atMs.low || message.atMs.high : message.atMs !== 0))
                    writer.uint32(/* id 7, wireType 0 =*/56).int64(message.atMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified TaskStarted message, length delimited. Does not implicitly {@link framefleet.v1.TaskStarted.verify|verify} messages.
             * @function encodeDelimited
             * @memberof framefleet.v1.TaskStarted
             * @static
             * @param {framefleet.v1.TaskStarted.$Properties} message TaskStarted message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TaskStarted.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a TaskStarted message from the specified reader or buffer.
             * @function decode
             * @memberof framefleet.v1.TaskStarted
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {framefleet.v1.TaskStarted & framefleet.v1.TaskStarted.$Shape} TaskStarted
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TaskStarted.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.framefleet.v1.TaskStarted();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.taskId = value;
                            else
                                delete message.taskId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.runId = value;
                            else
                                delete message.runId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.attempt = value;
                            else
                                delete message.attempt;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.node = value;
                            else
                                delete message.node;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.deviceUuid = value;
                            else
                                delete message.deviceUuid;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.atMs = value;
                            else
                                delete message.atMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a TaskStarted message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof framefleet.v1.TaskStarted
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {framefleet.v1.TaskStarted & framefleet.v1.TaskStarted.$Shape} TaskStarted
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TaskStarted.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a TaskStarted message.
             * @function verify
             * @memberof framefleet.v1.TaskStarted
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            TaskStarted.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId"))
                    if (!$util.isString(message.taskId))
                        return "taskId: string expected";
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                    if (!$util.isString(message.runId))
                        return "runId: string expected";
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    if (typeof message.kind !== "number" || (message.kind | 0) !== message.kind)
                        return "kind: enum value expected";
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt"))
                    if (!$util.isInteger(message.attempt))
                        return "attempt: integer expected";
                if (message.node != null && $Object.hasOwnProperty.call(message, "node"))
                    if (!$util.isString(message.node))
                        return "node: string expected";
                if (message.deviceUuid != null && $Object.hasOwnProperty.call(message, "deviceUuid"))
                    if (!$util.isString(message.deviceUuid))
                        return "deviceUuid: string expected";
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs"))
                    if (!$util.isInteger(message.atMs) && !(message.atMs && $util.isInteger(message.atMs.low) && $util.isInteger(message.atMs.high)))
                        return "atMs: integer|Long expected";
                return null;
            };

            /**
             * Creates a TaskStarted message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof framefleet.v1.TaskStarted
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {framefleet.v1.TaskStarted} TaskStarted
             */
            TaskStarted.fromObject = function (object, _depth) {
                if (object instanceof $root.framefleet.v1.TaskStarted)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".framefleet.v1.TaskStarted: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.framefleet.v1.TaskStarted();
                if (object.taskId != null)
                    if (typeof object.taskId !== "string" || object.taskId.length)
                        message.taskId = $String(object.taskId);
                if (object.runId != null)
                    if (typeof object.runId !== "string" || object.runId.length)
                        message.runId = $String(object.runId);
                if (object.kind !== 0 && (typeof object.kind !== "string" || $root.framefleet.v1.TaskKind[object.kind] !== 0))
                    switch (object.kind) {
                    case "TASK_KIND_UNSPECIFIED":
                    case 0:
                        message.kind = 0;
                        break;
                    case "TASK_KIND_GEN":
                    case 1:
                        message.kind = 1;
                        break;
                    case "TASK_KIND_EVAL":
                    case 2:
                        message.kind = 2;
                        break;
                    default:
                        if (typeof object.kind === "number" && (object.kind | 0) === object.kind)
                            message.kind = object.kind;
                    }
                if (object.attempt != null)
                    if ($Number(object.attempt) !== 0)
                        message.attempt = object.attempt >>> 0;
                if (object.node != null)
                    if (typeof object.node !== "string" || object.node.length)
                        message.node = $String(object.node);
                if (object.deviceUuid != null)
                    if (typeof object.deviceUuid !== "string" || object.deviceUuid.length)
                        message.deviceUuid = $String(object.deviceUuid);
                if (object.atMs != null)
                    if (typeof object.atMs === "object" ? object.atMs.low || object.atMs.high : $Number(object.atMs) !== 0)
                        if ($util.Long)
                            message.atMs = $util.Long.fromValue(object.atMs, false);
                        else if (typeof object.atMs === "string")
                            message.atMs = $parseInt(object.atMs, 10);
                        else if (typeof object.atMs === "number")
                            message.atMs = object.atMs;
                        else if (typeof object.atMs === "object")
                            message.atMs = new $util.LongBits(object.atMs.low >>> 0, object.atMs.high >>> 0).toNumber();
                return message;
            };

            /**
             * Creates a plain object from a TaskStarted message. Also converts values to other types if specified.
             * @function toObject
             * @memberof framefleet.v1.TaskStarted
             * @static
             * @param {framefleet.v1.TaskStarted} message TaskStarted
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TaskStarted.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.taskId = "";
                    object.runId = "";
                    object.kind = options.enums === $String ? "TASK_KIND_UNSPECIFIED" : 0;
                    object.attempt = 0;
                    object.node = "";
                    object.deviceUuid = "";
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, false);
                        object.atMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.atMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId"))
                    object.taskId = message.taskId;
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                    object.runId = message.runId;
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    object.kind = options.enums === $String ? $root.framefleet.v1.TaskKind[message.kind] === $undefined ? message.kind : $root.framefleet.v1.TaskKind[message.kind] : message.kind;
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt"))
                    object.attempt = message.attempt;
                if (message.node != null && $Object.hasOwnProperty.call(message, "node"))
                    object.node = message.node;
                if (message.deviceUuid != null && $Object.hasOwnProperty.call(message, "deviceUuid"))
                    object.deviceUuid = message.deviceUuid;
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.atMs = typeof message.atMs === "number" ? $BigInt(message.atMs) : $util.Long.fromBits(message.atMs.low >>> 0, message.atMs.high >>> 0, false).toBigInt();
                    else if (typeof message.atMs === "number")
                        object.atMs = options.longs === $String ? $String(message.atMs) : message.atMs;
                    else
                        object.atMs = options.longs === $String ? $util.Long.prototype.toString.call(message.atMs) : options.longs === $Number ? new $util.LongBits(message.atMs.low >>> 0, message.atMs.high >>> 0).toNumber() : message.atMs;
                return object;
            };

            /**
             * Converts this TaskStarted to JSON.
             * @function toJSON
             * @memberof framefleet.v1.TaskStarted
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TaskStarted.prototype.toJSON = function() {
                return TaskStarted.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for TaskStarted
             * @function getTypeUrl
             * @memberof framefleet.v1.TaskStarted
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TaskStarted.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/framefleet.v1.TaskStarted";
            };

            return TaskStarted;
        })();

        v1.TaskRetry = (function() {

            /**
             * Properties of a TaskRetry.
             * @typedef {Object} framefleet.v1.TaskRetry.$Properties
             * @property {string|null} [taskId] TaskRetry taskId
             * @property {string|null} [runId] TaskRetry runId
             * @property {framefleet.v1.TaskKind|null} [kind] TaskRetry kind
             * @property {framefleet.v1.TaskError.$Properties|null} [error] TaskRetry error
             * @property {number|null} [delayMs] TaskRetry delayMs
             * @property {framefleet.v1.BackendLoad.$Properties|null} [load] TaskRetry load
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TaskRetry.
             * @memberof framefleet.v1
             * @interface ITaskRetry
             * @augments framefleet.v1.TaskRetry.$Properties
             * @deprecated Use framefleet.v1.TaskRetry.$Properties instead.
             */

            /**
             * Shape of a TaskRetry.
             * @typedef {framefleet.v1.TaskRetry.$Properties} framefleet.v1.TaskRetry.$Shape
             */

            /**
             * Constructs a new TaskRetry.
             * @memberof framefleet.v1
             * @classdesc Represents a TaskRetry.
             * @constructor
             * @param {framefleet.v1.TaskRetry.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var TaskRetry = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TaskRetry taskId.
             * @member {string} taskId
             * @memberof framefleet.v1.TaskRetry
             * @instance
             */
            TaskRetry.prototype.taskId = "";

            /**
             * TaskRetry runId.
             * @member {string} runId
             * @memberof framefleet.v1.TaskRetry
             * @instance
             */
            TaskRetry.prototype.runId = "";

            /**
             * TaskRetry kind.
             * @member {framefleet.v1.TaskKind} kind
             * @memberof framefleet.v1.TaskRetry
             * @instance
             */
            TaskRetry.prototype.kind = 0;

            /**
             * TaskRetry error.
             * @member {framefleet.v1.TaskError.$Properties|null|undefined} error
             * @memberof framefleet.v1.TaskRetry
             * @instance
             */
            TaskRetry.prototype.error = null;

            /**
             * TaskRetry delayMs.
             * @member {number} delayMs
             * @memberof framefleet.v1.TaskRetry
             * @instance
             */
            TaskRetry.prototype.delayMs = 0;

            /**
             * TaskRetry load.
             * @member {framefleet.v1.BackendLoad.$Properties|null|undefined} load
             * @memberof framefleet.v1.TaskRetry
             * @instance
             */
            TaskRetry.prototype.load = null;

            /**
             * Creates a new TaskRetry instance using the specified properties.
             * @function create
             * @memberof framefleet.v1.TaskRetry
             * @static
             * @param {framefleet.v1.TaskRetry.$Properties=} [properties] Properties to set
             * @returns {framefleet.v1.TaskRetry} TaskRetry instance
             * @type {{
             *   (properties: framefleet.v1.TaskRetry.$Shape): framefleet.v1.TaskRetry & framefleet.v1.TaskRetry.$Shape;
             *   (properties?: framefleet.v1.TaskRetry.$Properties): framefleet.v1.TaskRetry;
             * }}
             */
            TaskRetry.create = function(properties) {
                return new TaskRetry(properties);
            };

            /**
             * Encodes the specified TaskRetry message. Does not implicitly {@link framefleet.v1.TaskRetry.verify|verify} messages.
             * @function encode
             * @memberof framefleet.v1.TaskRetry
             * @static
             * @param {framefleet.v1.TaskRetry.$Properties} message TaskRetry message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TaskRetry.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId") && message.taskId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.taskId);
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId") && message.runId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.runId);
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.kind);
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.framefleet.v1.TaskError.encode(message.error, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.delayMs != null && $Object.hasOwnProperty.call(message, "delayMs") && message.delayMs !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.delayMs);
                if (message.load != null && $Object.hasOwnProperty.call(message, "load"))
                    $root.framefleet.v1.BackendLoad.encode(message.load, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified TaskRetry message, length delimited. Does not implicitly {@link framefleet.v1.TaskRetry.verify|verify} messages.
             * @function encodeDelimited
             * @memberof framefleet.v1.TaskRetry
             * @static
             * @param {framefleet.v1.TaskRetry.$Properties} message TaskRetry message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TaskRetry.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a TaskRetry message from the specified reader or buffer.
             * @function decode
             * @memberof framefleet.v1.TaskRetry
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {framefleet.v1.TaskRetry & framefleet.v1.TaskRetry.$Shape} TaskRetry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TaskRetry.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.framefleet.v1.TaskRetry();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.taskId = value;
                            else
                                delete message.taskId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.runId = value;
                            else
                                delete message.runId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.framefleet.v1.TaskError.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.delayMs = value;
                            else
                                delete message.delayMs;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.load = $root.framefleet.v1.BackendLoad.decode(reader, reader.size(), $undefined, _depth + 1, message.load);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a TaskRetry message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof framefleet.v1.TaskRetry
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {framefleet.v1.TaskRetry & framefleet.v1.TaskRetry.$Shape} TaskRetry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TaskRetry.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a TaskRetry message.
             * @function verify
             * @memberof framefleet.v1.TaskRetry
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            TaskRetry.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId"))
                    if (!$util.isString(message.taskId))
                        return "taskId: string expected";
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                    if (!$util.isString(message.runId))
                        return "runId: string expected";
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    if (typeof message.kind !== "number" || (message.kind | 0) !== message.kind)
                        return "kind: enum value expected";
                if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                    var error = $root.framefleet.v1.TaskError.verify(message.error, _depth + 1);
                    if (error)
                        return "error." + error;
                }
                if (message.delayMs != null && $Object.hasOwnProperty.call(message, "delayMs"))
                    if (!$util.isInteger(message.delayMs))
                        return "delayMs: integer expected";
                if (message.load != null && $Object.hasOwnProperty.call(message, "load")) {
                    var error = $root.framefleet.v1.BackendLoad.verify(message.load, _depth + 1);
                    if (error)
                        return "load." + error;
                }
                return null;
            };

            /**
             * Creates a TaskRetry message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof framefleet.v1.TaskRetry
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {framefleet.v1.TaskRetry} TaskRetry
             */
            TaskRetry.fromObject = function (object, _depth) {
                if (object instanceof $root.framefleet.v1.TaskRetry)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".framefleet.v1.TaskRetry: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.framefleet.v1.TaskRetry();
                if (object.taskId != null)
                    if (typeof object.taskId !== "string" || object.taskId.length)
                        message.taskId = $String(object.taskId);
                if (object.runId != null)
                    if (typeof object.runId !== "string" || object.runId.length)
                        message.runId = $String(object.runId);
                if (object.kind !== 0 && (typeof object.kind !== "string" || $root.framefleet.v1.TaskKind[object.kind] !== 0))
                    switch (object.kind) {
                    case "TASK_KIND_UNSPECIFIED":
                    case 0:
                        message.kind = 0;
                        break;
                    case "TASK_KIND_GEN":
                    case 1:
                        message.kind = 1;
                        break;
                    case "TASK_KIND_EVAL":
                    case 2:
                        message.kind = 2;
                        break;
                    default:
                        if (typeof object.kind === "number" && (object.kind | 0) === object.kind)
                            message.kind = object.kind;
                    }
                if (object.error != null) {
                    if (!$util.isObject(object.error))
                        throw $TypeError(".framefleet.v1.TaskRetry.error: object expected");
                    message.error = $root.framefleet.v1.TaskError.fromObject(object.error, _depth + 1);
                }
                if (object.delayMs != null)
                    if ($Number(object.delayMs) !== 0)
                        message.delayMs = object.delayMs >>> 0;
                if (object.load != null) {
                    if (!$util.isObject(object.load))
                        throw $TypeError(".framefleet.v1.TaskRetry.load: object expected");
                    message.load = $root.framefleet.v1.BackendLoad.fromObject(object.load, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a TaskRetry message. Also converts values to other types if specified.
             * @function toObject
             * @memberof framefleet.v1.TaskRetry
             * @static
             * @param {framefleet.v1.TaskRetry} message TaskRetry
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TaskRetry.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.taskId = "";
                    object.runId = "";
                    object.kind = options.enums === $String ? "TASK_KIND_UNSPECIFIED" : 0;
                    object.error = null;
                    object.delayMs = 0;
                    object.load = null;
                }
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId"))
                    object.taskId = message.taskId;
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                    object.runId = message.runId;
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    object.kind = options.enums === $String ? $root.framefleet.v1.TaskKind[message.kind] === $undefined ? message.kind : $root.framefleet.v1.TaskKind[message.kind] : message.kind;
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    object.error = $root.framefleet.v1.TaskError.toObject(message.error, options, _depth + 1);
                if (message.delayMs != null && $Object.hasOwnProperty.call(message, "delayMs"))
                    object.delayMs = message.delayMs;
                if (message.load != null && $Object.hasOwnProperty.call(message, "load"))
                    object.load = $root.framefleet.v1.BackendLoad.toObject(message.load, options, _depth + 1);
                return object;
            };

            /**
             * Converts this TaskRetry to JSON.
             * @function toJSON
             * @memberof framefleet.v1.TaskRetry
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TaskRetry.prototype.toJSON = function() {
                return TaskRetry.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for TaskRetry
             * @function getTypeUrl
             * @memberof framefleet.v1.TaskRetry
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TaskRetry.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/framefleet.v1.TaskRetry";
            };

            return TaskRetry;
        })();

        /**
         * RunState enum.
         * @name framefleet.v1.RunState
         * @enum {number}
         * @property {number} RUN_STATE_UNSPECIFIED=0 RUN_STATE_UNSPECIFIED value
         * @property {number} RUN_STATE_PLANNING=1 RUN_STATE_PLANNING value
         * @property {number} RUN_STATE_RUNNING=2 RUN_STATE_RUNNING value
         * @property {number} RUN_STATE_COMPLETED=3 RUN_STATE_COMPLETED value
         * @property {number} RUN_STATE_CANCELLED=4 RUN_STATE_CANCELLED value
         * @property {number} RUN_STATE_FAILED=5 RUN_STATE_FAILED value
         */
        v1.RunState = (function() {
            var valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "RUN_STATE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "RUN_STATE_PLANNING"] = 1;
            values[valuesById[2] = "RUN_STATE_RUNNING"] = 2;
            values[valuesById[3] = "RUN_STATE_COMPLETED"] = 3;
            values[valuesById[4] = "RUN_STATE_CANCELLED"] = 4;
            values[valuesById[5] = "RUN_STATE_FAILED"] = 5;
            return values;
        })();

        v1.RunStateChanged = (function() {

            /**
             * Properties of a RunStateChanged.
             * @typedef {Object} framefleet.v1.RunStateChanged.$Properties
             * @property {string|null} [runId] RunStateChanged runId
             * @property {framefleet.v1.RunState|null} [state] RunStateChanged state
             * @property {number|null} [atMs] RunStateChanged atMs
             * @property {string|null} [reason] RunStateChanged reason
             * @property {number|null} [generation] RunStateChanged generation
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RunStateChanged.
             * @memberof framefleet.v1
             * @interface IRunStateChanged
             * @augments framefleet.v1.RunStateChanged.$Properties
             * @deprecated Use framefleet.v1.RunStateChanged.$Properties instead.
             */

            /**
             * Shape of a RunStateChanged.
             * @typedef {framefleet.v1.RunStateChanged.$Properties} framefleet.v1.RunStateChanged.$Shape
             */

            /**
             * Constructs a new RunStateChanged.
             * @memberof framefleet.v1
             * @classdesc Represents a RunStateChanged.
             * @constructor
             * @param {framefleet.v1.RunStateChanged.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var RunStateChanged = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RunStateChanged runId.
             * @member {string} runId
             * @memberof framefleet.v1.RunStateChanged
             * @instance
             */
            RunStateChanged.prototype.runId = "";

            /**
             * RunStateChanged state.
             * @member {framefleet.v1.RunState} state
             * @memberof framefleet.v1.RunStateChanged
             * @instance
             */
            RunStateChanged.prototype.state = 0;

            /**
             * RunStateChanged atMs.
             * @member {number} atMs
             * @memberof framefleet.v1.RunStateChanged
             * @instance
             */
            RunStateChanged.prototype.atMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * RunStateChanged reason.
             * @member {string} reason
             * @memberof framefleet.v1.RunStateChanged
             * @instance
             */
            RunStateChanged.prototype.reason = "";

            /**
             * RunStateChanged generation.
             * @member {number} generation
             * @memberof framefleet.v1.RunStateChanged
             * @instance
             */
            RunStateChanged.prototype.generation = 0;

            /**
             * Creates a new RunStateChanged instance using the specified properties.
             * @function create
             * @memberof framefleet.v1.RunStateChanged
             * @static
             * @param {framefleet.v1.RunStateChanged.$Properties=} [properties] Properties to set
             * @returns {framefleet.v1.RunStateChanged} RunStateChanged instance
             * @type {{
             *   (properties: framefleet.v1.RunStateChanged.$Shape): framefleet.v1.RunStateChanged & framefleet.v1.RunStateChanged.$Shape;
             *   (properties?: framefleet.v1.RunStateChanged.$Properties): framefleet.v1.RunStateChanged;
             * }}
             */
            RunStateChanged.create = function(properties) {
                return new RunStateChanged(properties);
            };

            /**
             * Encodes the specified RunStateChanged message. Does not implicitly {@link framefleet.v1.RunStateChanged.verify|verify} messages.
             * @function encode
             * @memberof framefleet.v1.RunStateChanged
             * @static
             * @param {framefleet.v1.RunStateChanged.$Properties} message RunStateChanged message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RunStateChanged.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId") && message.runId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.runId);
                if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.state);
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs") && (typeof message.atMs === "object" ? message.atMs.low || message.atMs.high : message.atMs !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.atMs);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.reason);
                if (message.generation != null && $Object.hasOwnProperty.call(message, "generation") && message.generation !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.generation);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified RunStateChanged message, length delimited. Does not implicitly {@link framefleet.v1.RunStateChanged.verify|verify} messages.
             * @function encodeDelimited
             * @memberof framefleet.v1.RunStateChanged
             * @static
             * @param {framefleet.v1.RunStateChanged.$Properties} message RunStateChanged message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RunStateChanged.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a RunStateChanged message from the specified reader or buffer.
             * @function decode
             * @memberof framefleet.v1.RunStateChanged
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {framefleet.v1.RunStateChanged & framefleet.v1.RunStateChanged.$Shape} RunStateChanged
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RunStateChanged.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.framefleet.v1.RunStateChanged();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.runId = value;
                            else
                                delete message.runId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.state = value;
                            else
                                delete message.state;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.atMs = value;
                            else
                                delete message.atMs;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.generation = value;
                            else
                                delete message.generation;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a RunStateChanged message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof framefleet.v1.RunStateChanged
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {framefleet.v1.RunStateChanged & framefleet.v1.RunStateChanged.$Shape} RunStateChanged
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RunStateChanged.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a RunStateChanged message.
             * @function verify
             * @memberof framefleet.v1.RunStateChanged
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            RunStateChanged.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                    if (!$util.isString(message.runId))
                        return "runId: string expected";
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    if (typeof message.state !== "number" || (message.state | 0) !== message.state)
                        return "state: enum value expected";
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs"))
                    if (!$util.isInteger(message.atMs) && !(message.atMs && $util.isInteger(message.atMs.low) && $util.isInteger(message.atMs.high)))
                        return "atMs: integer|Long expected";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    if (!$util.isString(message.reason))
                        return "reason: string expected";
                if (message.generation != null && $Object.hasOwnProperty.call(message, "generation"))
                    if (!$util.isInteger(message.generation))
                        return "generation: integer expected";
                return null;
            };

            /**
             * Creates a RunStateChanged message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof framefleet.v1.RunStateChanged
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {framefleet.v1.RunStateChanged} RunStateChanged
             */
            RunStateChanged.fromObject = function (object, _depth) {
                if (object instanceof $root.framefleet.v1.RunStateChanged)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".framefleet.v1.RunStateChanged: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.framefleet.v1.RunStateChanged();
                if (object.runId != null)
                    if (typeof object.runId !== "string" || object.runId.length)
                        message.runId = $String(object.runId);
                if (object.state !== 0 && (typeof object.state !== "string" || $root.framefleet.v1.RunState[object.state] !== 0))
                    switch (object.state) {
                    case "RUN_STATE_UNSPECIFIED":
                    case 0:
                        message.state = 0;
                        break;
                    case "RUN_STATE_PLANNING":
                    case 1:
                        message.state = 1;
                        break;
                    case "RUN_STATE_RUNNING":
                    case 2:
                        message.state = 2;
                        break;
                    case "RUN_STATE_COMPLETED":
                    case 3:
                        message.state = 3;
                        break;
                    case "RUN_STATE_CANCELLED":
                    case 4:
                        message.state = 4;
                        break;
                    case "RUN_STATE_FAILED":
                    case 5:
                        message.state = 5;
                        break;
                    default:
                        if (typeof object.state === "number" && (object.state | 0) === object.state)
                            message.state = object.state;
                    }
                if (object.atMs != null)
                    if (typeof object.atMs === "object" ? object.atMs.low || object.atMs.high : $Number(object.atMs) !== 0)
                        if ($util.Long)
                            message.atMs = $util.Long.fromValue(object.atMs, false);
                        else if (typeof object.atMs === "string")
                            message.atMs = $parseInt(object.atMs, 10);
                        else if (typeof object.atMs === "number")
                            message.atMs = object.atMs;
                        else if (typeof object.atMs === "object")
                            message.atMs = new $util.LongBits(object.atMs.low >>> 0, object.atMs.high >>> 0).toNumber();
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                if (object.generation != null)
                    if ($Number(object.generation) !== 0)
                        message.generation = object.generation >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a RunStateChanged message. Also converts values to other types if specified.
             * @function toObject
             * @memberof framefleet.v1.RunStateChanged
             * @static
             * @param {framefleet.v1.RunStateChanged} message RunStateChanged
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RunStateChanged.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.runId = "";
                    object.state = options.enums === $String ? "RUN_STATE_UNSPECIFIED" : 0;
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, false);
                        object.atMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.atMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.reason = "";
                    object.generation = 0;
                }
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                    object.runId = message.runId;
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    object.state = options.enums === $String ? $root.framefleet.v1.RunState[message.state] === $undefined ? message.state : $root.framefleet.v1.RunState[message.state] : message.state;
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.atMs = typeof message.atMs === "number" ? $BigInt(message.atMs) : $util.Long.fromBits(message.atMs.low >>> 0, message.atMs.high >>> 0, false).toBigInt();
                    else if (typeof message.atMs === "number")
                        object.atMs = options.longs === $String ? $String(message.atMs) : message.atMs;
                    else
                        object.atMs = options.longs === $String ? $util.Long.prototype.toString.call(message.atMs) : options.longs === $Number ? new $util.LongBits(message.atMs.low >>> 0, message.atMs.high >>> 0).toNumber() : message.atMs;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                if (message.generation != null && $Object.hasOwnProperty.call(message, "generation"))
                    object.generation = message.generation;
                return object;
            };

            /**
             * Converts this RunStateChanged to JSON.
             * @function toJSON
             * @memberof framefleet.v1.RunStateChanged
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RunStateChanged.prototype.toJSON = function() {
                return RunStateChanged.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RunStateChanged
             * @function getTypeUrl
             * @memberof framefleet.v1.RunStateChanged
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RunStateChanged.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/framefleet.v1.RunStateChanged";
            };

            return RunStateChanged;
        })();

        /**
         * ItemState enum.
         * @name framefleet.v1.ItemState
         * @enum {number}
         * @property {number} ITEM_STATE_UNSPECIFIED=0 ITEM_STATE_UNSPECIFIED value
         * @property {number} ITEM_STATE_QUEUED=1 ITEM_STATE_QUEUED value
         * @property {number} ITEM_STATE_RUNNING=2 ITEM_STATE_RUNNING value
         * @property {number} ITEM_STATE_GENERATED=3 ITEM_STATE_GENERATED value
         * @property {number} ITEM_STATE_EVALUATING=4 ITEM_STATE_EVALUATING value
         * @property {number} ITEM_STATE_DONE=5 ITEM_STATE_DONE value
         * @property {number} ITEM_STATE_FAILED=6 ITEM_STATE_FAILED value
         */
        v1.ItemState = (function() {
            var valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "ITEM_STATE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "ITEM_STATE_QUEUED"] = 1;
            values[valuesById[2] = "ITEM_STATE_RUNNING"] = 2;
            values[valuesById[3] = "ITEM_STATE_GENERATED"] = 3;
            values[valuesById[4] = "ITEM_STATE_EVALUATING"] = 4;
            values[valuesById[5] = "ITEM_STATE_DONE"] = 5;
            values[valuesById[6] = "ITEM_STATE_FAILED"] = 6;
            return values;
        })();

        v1.RunCounters = (function() {

            /**
             * Properties of a RunCounters.
             * @typedef {Object} framefleet.v1.RunCounters.$Properties
             * @property {number|null} [total] RunCounters total
             * @property {number|null} [queued] RunCounters queued
             * @property {number|null} [running] RunCounters running
             * @property {number|null} [generated] RunCounters generated
             * @property {number|null} [evaluating] RunCounters evaluating
             * @property {number|null} [done] RunCounters done
             * @property {number|null} [failed] RunCounters failed
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RunCounters.
             * @memberof framefleet.v1
             * @interface IRunCounters
             * @augments framefleet.v1.RunCounters.$Properties
             * @deprecated Use framefleet.v1.RunCounters.$Properties instead.
             */

            /**
             * Shape of a RunCounters.
             * @typedef {framefleet.v1.RunCounters.$Properties} framefleet.v1.RunCounters.$Shape
             */

            /**
             * Constructs a new RunCounters.
             * @memberof framefleet.v1
             * @classdesc Represents a RunCounters.
             * @constructor
             * @param {framefleet.v1.RunCounters.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var RunCounters = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RunCounters total.
             * @member {number} total
             * @memberof framefleet.v1.RunCounters
             * @instance
             */
            RunCounters.prototype.total = 0;

            /**
             * RunCounters queued.
             * @member {number} queued
             * @memberof framefleet.v1.RunCounters
             * @instance
             */
            RunCounters.prototype.queued = 0;

            /**
             * RunCounters running.
             * @member {number} running
             * @memberof framefleet.v1.RunCounters
             * @instance
             */
            RunCounters.prototype.running = 0;

            /**
             * RunCounters generated.
             * @member {number} generated
             * @memberof framefleet.v1.RunCounters
             * @instance
             */
            RunCounters.prototype.generated = 0;

            /**
             * RunCounters evaluating.
             * @member {number} evaluating
             * @memberof framefleet.v1.RunCounters
             * @instance
             */
            RunCounters.prototype.evaluating = 0;

            /**
             * RunCounters done.
             * @member {number} done
             * @memberof framefleet.v1.RunCounters
             * @instance
             */
            RunCounters.prototype.done = 0;

            /**
             * RunCounters failed.
             * @member {number} failed
             * @memberof framefleet.v1.RunCounters
             * @instance
             */
            RunCounters.prototype.failed = 0;

            /**
             * Creates a new RunCounters instance using the specified properties.
             * @function create
             * @memberof framefleet.v1.RunCounters
             * @static
             * @param {framefleet.v1.RunCounters.$Properties=} [properties] Properties to set
             * @returns {framefleet.v1.RunCounters} RunCounters instance
             * @type {{
             *   (properties: framefleet.v1.RunCounters.$Shape): framefleet.v1.RunCounters & framefleet.v1.RunCounters.$Shape;
             *   (properties?: framefleet.v1.RunCounters.$Properties): framefleet.v1.RunCounters;
             * }}
             */
            RunCounters.create = function(properties) {
                return new RunCounters(properties);
            };

            /**
             * Encodes the specified RunCounters message. Does not implicitly {@link framefleet.v1.RunCounters.verify|verify} messages.
             * @function encode
             * @memberof framefleet.v1.RunCounters
             * @static
             * @param {framefleet.v1.RunCounters.$Properties} message RunCounters message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RunCounters.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.total != null && $Object.hasOwnProperty.call(message, "total") && message.total !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.total);
                if (message.queued != null && $Object.hasOwnProperty.call(message, "queued") && message.queued !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.queued);
                if (message.running != null && $Object.hasOwnProperty.call(message, "running") && message.running !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.running);
                if (message.generated != null && $Object.hasOwnProperty.call(message, "generated") && message.generated !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.generated);
                if (message.evaluating != null && $Object.hasOwnProperty.call(message, "evaluating") && message.evaluating !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.evaluating);
                if (message.done != null && $Object.hasOwnProperty.call(message, "done") && message.done !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.done);
                if (message.failed != null && $Object.hasOwnProperty.call(message, "failed") && message.failed !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.failed);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified RunCounters message, length delimited. Does not implicitly {@link framefleet.v1.RunCounters.verify|verify} messages.
             * @function encodeDelimited
             * @memberof framefleet.v1.RunCounters
             * @static
             * @param {framefleet.v1.RunCounters.$Properties} message RunCounters message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RunCounters.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a RunCounters message from the specified reader or buffer.
             * @function decode
             * @memberof framefleet.v1.RunCounters
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {framefleet.v1.RunCounters & framefleet.v1.RunCounters.$Shape} RunCounters
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RunCounters.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.framefleet.v1.RunCounters();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.total = value;
                            else
                                delete message.total;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.queued = value;
                            else
                                delete message.queued;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.running = value;
                            else
                                delete message.running;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.generated = value;
                            else
                                delete message.generated;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.evaluating = value;
                            else
                                delete message.evaluating;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.done = value;
                            else
                                delete message.done;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.failed = value;
                            else
                                delete message.failed;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a RunCounters message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof framefleet.v1.RunCounters
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {framefleet.v1.RunCounters & framefleet.v1.RunCounters.$Shape} RunCounters
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RunCounters.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a RunCounters message.
             * @function verify
             * @memberof framefleet.v1.RunCounters
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            RunCounters.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.total != null && $Object.hasOwnProperty.call(message, "total"))
                    if (!$util.isInteger(message.total))
                        return "total: integer expected";
                if (message.queued != null && $Object.hasOwnProperty.call(message, "queued"))
                    if (!$util.isInteger(message.queued))
                        return "queued: integer expected";
                if (message.running != null && $Object.hasOwnProperty.call(message, "running"))
                    if (!$util.isInteger(message.running))
                        return "running: integer expected";
                if (message.generated != null && $Object.hasOwnProperty.call(message, "generated"))
                    if (!$util.isInteger(message.generated))
                        return "generated: integer expected";
                if (message.evaluating != null && $Object.hasOwnProperty.call(message, "evaluating"))
                    if (!$util.isInteger(message.evaluating))
                        return "evaluating: integer expected";
                if (message.done != null && $Object.hasOwnProperty.call(message, "done"))
                    if (!$util.isInteger(message.done))
                        return "done: integer expected";
                if (message.failed != null && $Object.hasOwnProperty.call(message, "failed"))
                    if (!$util.isInteger(message.failed))
                        return "failed: integer expected";
                return null;
            };

            /**
             * Creates a RunCounters message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof framefleet.v1.RunCounters
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {framefleet.v1.RunCounters} RunCounters
             */
            RunCounters.fromObject = function (object, _depth) {
                if (object instanceof $root.framefleet.v1.RunCounters)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".framefleet.v1.RunCounters: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.framefleet.v1.RunCounters();
                if (object.total != null)
                    if ($Number(object.total) !== 0)
                        message.total = object.total >>> 0;
                if (object.queued != null)
                    if ($Number(object.queued) !== 0)
                        message.queued = object.queued >>> 0;
                if (object.running != null)
                    if ($Number(object.running) !== 0)
                        message.running = object.running >>> 0;
                if (object.generated != null)
                    if ($Number(object.generated) !== 0)
                        message.generated = object.generated >>> 0;
                if (object.evaluating != null)
                    if ($Number(object.evaluating) !== 0)
                        message.evaluating = object.evaluating >>> 0;
                if (object.done != null)
                    if ($Number(object.done) !== 0)
                        message.done = object.done >>> 0;
                if (object.failed != null)
                    if ($Number(object.failed) !== 0)
                        message.failed = object.failed >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a RunCounters message. Also converts values to other types if specified.
             * @function toObject
             * @memberof framefleet.v1.RunCounters
             * @static
             * @param {framefleet.v1.RunCounters} message RunCounters
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RunCounters.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.total = 0;
                    object.queued = 0;
                    object.running = 0;
                    object.generated = 0;
                    object.evaluating = 0;
                    object.done = 0;
                    object.failed = 0;
                }
                if (message.total != null && $Object.hasOwnProperty.call(message, "total"))
                    object.total = message.total;
                if (message.queued != null && $Object.hasOwnProperty.call(message, "queued"))
                    object.queued = message.queued;
                if (message.running != null && $Object.hasOwnProperty.call(message, "running"))
                    object.running = message.running;
                if (message.generated != null && $Object.hasOwnProperty.call(message, "generated"))
                    object.generated = message.generated;
                if (message.evaluating != null && $Object.hasOwnProperty.call(message, "evaluating"))
                    object.evaluating = message.evaluating;
                if (message.done != null && $Object.hasOwnProperty.call(message, "done"))
                    object.done = message.done;
                if (message.failed != null && $Object.hasOwnProperty.call(message, "failed"))
                    object.failed = message.failed;
                return object;
            };

            /**
             * Converts this RunCounters to JSON.
             * @function toJSON
             * @memberof framefleet.v1.RunCounters
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RunCounters.prototype.toJSON = function() {
                return RunCounters.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RunCounters
             * @function getTypeUrl
             * @memberof framefleet.v1.RunCounters
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RunCounters.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/framefleet.v1.RunCounters";
            };

            return RunCounters;
        })();

        v1.RunRecord = (function() {

            /**
             * Properties of a RunRecord.
             * @typedef {Object} framefleet.v1.RunRecord.$Properties
             * @property {string|null} [runId] RunRecord runId
             * @property {string|null} [name] RunRecord name
             * @property {string|null} [benchmark] RunRecord benchmark
             * @property {framefleet.v1.RunState|null} [state] RunRecord state
             * @property {string|null} [specYaml] RunRecord specYaml
             * @property {string|null} [baseDir] RunRecord baseDir
             * @property {string|null} [outputDir] RunRecord outputDir
             * @property {number|null} [createdAtMs] RunRecord createdAtMs
             * @property {number|null} [updatedAtMs] RunRecord updatedAtMs
             * @property {number|null} [finishedAtMs] RunRecord finishedAtMs
             * @property {framefleet.v1.RunCounters.$Properties|null} [counters] RunRecord counters
             * @property {boolean|null} [publishedAll] RunRecord publishedAll
             * @property {string|null} [generatorBackend] RunRecord generatorBackend
             * @property {string|null} [evaluatorBackend] RunRecord evaluatorBackend
             * @property {string|null} [reason] RunRecord reason
             * @property {number|null} [generation] RunRecord generation
             * @property {string|null} [specFingerprint] RunRecord specFingerprint
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RunRecord.
             * @memberof framefleet.v1
             * @interface IRunRecord
             * @augments framefleet.v1.RunRecord.$Properties
             * @deprecated Use framefleet.v1.RunRecord.$Properties instead.
             */

            /**
             * Shape of a RunRecord.
             * @typedef {framefleet.v1.RunRecord.$Properties} framefleet.v1.RunRecord.$Shape
             */

            /**
             * Constructs a new RunRecord.
             * @memberof framefleet.v1
             * @classdesc Represents a RunRecord.
             * @constructor
             * @param {framefleet.v1.RunRecord.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var RunRecord = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RunRecord runId.
             * @member {string} runId
             * @memberof framefleet.v1.RunRecord
             * @instance
             */
            RunRecord.prototype.runId = "";

            /**
             * RunRecord name.
             * @member {string} name
             * @memberof framefleet.v1.RunRecord
             * @instance
             */
            RunRecord.prototype.name = "";

            /**
             * RunRecord benchmark.
             * @member {string} benchmark
             * @memberof framefleet.v1.RunRecord
             * @instance
             */
            RunRecord.prototype.benchmark = "";

            /**
             * RunRecord state.
             * @member {framefleet.v1.RunState} state
             * @memberof framefleet.v1.RunRecord
             * @instance
             */
            RunRecord.prototype.state = 0;

            /**
             * RunRecord specYaml.
             * @member {string} specYaml
             * @memberof framefleet.v1.RunRecord
             * @instance
             */
            RunRecord.prototype.specYaml = "";

            /**
             * RunRecord baseDir.
             * @member {string} baseDir
             * @memberof framefleet.v1.RunRecord
             * @instance
             */
            RunRecord.prototype.baseDir = "";

            /**
             * RunRecord outputDir.
             * @member {string} outputDir
             * @memberof framefleet.v1.RunRecord
             * @instance
             */
            RunRecord.prototype.outputDir = "";

            /**
             * RunRecord createdAtMs.
             * @member {number} createdAtMs
             * @memberof framefleet.v1.RunRecord
             * @instance
             */
            RunRecord.prototype.createdAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * RunRecord updatedAtMs.
             * @member {number} updatedAtMs
             * @memberof framefleet.v1.RunRecord
             * @instance
             */
            RunRecord.prototype.updatedAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * RunRecord finishedAtMs.
             * @member {number} finishedAtMs
             * @memberof framefleet.v1.RunRecord
             * @instance
             */
            RunRecord.prototype.finishedAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * RunRecord counters.
             * @member {framefleet.v1.RunCounters.$Properties|null|undefined} counters
             * @memberof framefleet.v1.RunRecord
             * @instance
             */
            RunRecord.prototype.counters = null;

            /**
             * RunRecord publishedAll.
             * @member {boolean} publishedAll
             * @memberof framefleet.v1.RunRecord
             * @instance
             */
            RunRecord.prototype.publishedAll = false;

            /**
             * RunRecord generatorBackend.
             * @member {string} generatorBackend
             * @memberof framefleet.v1.RunRecord
             * @instance
             */
            RunRecord.prototype.generatorBackend = "";

            /**
             * RunRecord evaluatorBackend.
             * @member {string} evaluatorBackend
             * @memberof framefleet.v1.RunRecord
             * @instance
             */
            RunRecord.prototype.evaluatorBackend = "";

            /**
             * RunRecord reason.
             * @member {string} reason
             * @memberof framefleet.v1.RunRecord
             * @instance
             */
            RunRecord.prototype.reason = "";

            /**
             * RunRecord generation.
             * @member {number} generation
             * @memberof framefleet.v1.RunRecord
             * @instance
             */
            RunRecord.prototype.generation = 0;

            /**
             * RunRecord specFingerprint.
             * @member {string} specFingerprint
             * @memberof framefleet.v1.RunRecord
             * @instance
             */
            RunRecord.prototype.specFingerprint = "";

            /**
             * Creates a new RunRecord instance using the specified properties.
             * @function create
             * @memberof framefleet.v1.RunRecord
             * @static
             * @param {framefleet.v1.RunRecord.$Properties=} [properties] Properties to set
             * @returns {framefleet.v1.RunRecord} RunRecord instance
             * @type {{
             *   (properties: framefleet.v1.RunRecord.$Shape): framefleet.v1.RunRecord & framefleet.v1.RunRecord.$Shape;
             *   (properties?: framefleet.v1.RunRecord.$Properties): framefleet.v1.RunRecord;
             * }}
             */
            RunRecord.create = function(properties) {
                return new RunRecord(properties);
            };

            /**
             * Encodes the specified RunRecord message. Does not implicitly {@link framefleet.v1.RunRecord.verify|verify} messages.
             * @function encode
             * @memberof framefleet.v1.RunRecord
             * @static
             * @param {framefleet.v1.RunRecord.$Properties} message RunRecord message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RunRecord.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId") && message.runId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.runId);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
                if (message.benchmark != null && $Object.hasOwnProperty.call(message, "benchmark") && message.benchmark !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.benchmark);
                if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).int32(message.state);
                if (message.specYaml != null && $Object.hasOwnProperty.call(message, "specYaml") && message.specYaml !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.specYaml);
                if (message.baseDir != null && $Object.hasOwnProperty.call(message, "baseDir") && message.baseDir !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.baseDir);
                if (message.outputDir != null && $Object.hasOwnProperty.call(message, "outputDir") && message.outputDir !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.outputDir);
                if (message.createdAtMs != null && $Object.hasOwnProperty.call(message, "createdAtMs") && (typeof message.createdAtMs === "object" ? message.createdAtMs.low || message.createdAtMs.high : message.createdAtMs !== 0))
                    writer.uint32(/* id 8, wireType 0 =*/64).int64(message.createdAtMs);
                if (message.updatedAtMs != null && $Object.hasOwnProperty.call(message, "updatedAtMs") && (typeof message.updatedAtMs === "object" ? message.updatedAtMs.low || message.updatedAtMs.high : message.updatedAtMs !== 0))
                    writer.uint32(/* id 9, wireType 0 =*/72).int64(message.updatedAtMs);
                if (message.finishedAtMs != null && $Object.hasOwnProperty.call(message, "finishedAtMs") && (typeof message.finishedAtMs === "object" ? message.finishedAtMs.low || message.finishedAtMs.high : message.finishedAtMs !== 0))
                    writer.uint32(/* id 10, wireType 0 =*/80).int64(message.finishedAtMs);
                if (message.counters != null && $Object.hasOwnProperty.call(message, "counters"))
                    $root.framefleet.v1.RunCounters.encode(message.counters, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.publishedAll != null && $Object.hasOwnProperty.call(message, "publishedAll") && message.publishedAll !== false)
                    writer.uint32(/* id 12, wireType 0 =*/96).bool(message.publishedAll);
                if (message.generatorBackend != null && $Object.hasOwnProperty.call(message, "generatorBackend") && message.generatorBackend !== "")
                    writer.uint32(/* id 13, wireType 2 =*/106).string(message.generatorBackend);
                if (message.evaluatorBackend != null && $Object.hasOwnProperty.call(message, "evaluatorBackend") && message.evaluatorBackend !== "")
                    writer.uint32(/* id 14, wireType 2 =*/114).string(message.evaluatorBackend);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 15, wireType 2 =*/122).string(message.reason);
                if (message.generation != null && $Object.hasOwnProperty.call(message, "generation") && message.generation !== 0)
                    writer.uint32(/* id 16, wireType 0 =*/128).uint32(message.generation);
                if (message.specFingerprint != null && $Object.hasOwnProperty.call(message, "specFingerprint") && message.specFingerprint !== "")
                    writer.uint32(/* id 17, wireType 2 =*/138).string(message.specFingerprint);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified RunRecord message, length delimited. Does not implicitly {@link framefleet.v1.RunRecord.verify|verify} messages.
             * @function encodeDelimited
             * @memberof framefleet.v1.RunRecord
             * @static
             * @param {framefleet.v1.RunRecord.$Properties} message RunRecord message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RunRecord.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a RunRecord message from the specified reader or buffer.
             * @function decode
             * @memberof framefleet.v1.RunRecord
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {framefleet.v1.RunRecord & framefleet.v1.RunRecord.$Shape} RunRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RunRecord.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.framefleet.v1.RunRecord();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.runId = value;
                            else
                                delete message.runId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.benchmark = value;
                            else
                                delete message.benchmark;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.state = value;
                            else
                                delete message.state;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.specYaml = value;
                            else
                                delete message.specYaml;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.baseDir = value;
                            else
                                delete message.baseDir;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.outputDir = value;
                            else
                                delete message.outputDir;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.createdAtMs = value;
                            else
                                delete message.createdAtMs;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.updatedAtMs = value;
                            else
                                delete message.updatedAtMs;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.finishedAtMs = value;
                            else
                                delete message.finishedAtMs;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.counters = $root.framefleet.v1.RunCounters.decode(reader, reader.size(), $undefined, _depth + 1, message.counters);
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.publishedAll = value;
                            else
                                delete message.publishedAll;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.generatorBackend = value;
                            else
                                delete message.generatorBackend;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.evaluatorBackend = value;
                            else
                                delete message.evaluatorBackend;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 16: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.generation = value;
                            else
                                delete message.generation;
                            continue;
                        }
                    case 17: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.specFingerprint = value;
                            else
                                delete message.specFingerprint;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a RunRecord message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof framefleet.v1.RunRecord
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {framefleet.v1.RunRecord & framefleet.v1.RunRecord.$Shape} RunRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RunRecord.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a RunRecord message.
             * @function verify
             * @memberof framefleet.v1.RunRecord
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            RunRecord.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                    if (!$util.isString(message.runId))
                        return "runId: string expected";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.benchmark != null && $Object.hasOwnProperty.call(message, "benchmark"))
                    if (!$util.isString(message.benchmark))
                        return "benchmark: string expected";
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    if (typeof message.state !== "number" || (message.state | 0) !== message.state)
                        return "state: enum value expected";
                if (message.specYaml != null && $Object.hasOwnProperty.call(message, "specYaml"))
                    if (!$util.isString(message.specYaml))
                        return "specYaml: string expected";
                if (message.baseDir != null && $Object.hasOwnProperty.call(message, "baseDir"))
                    if (!$util.isString(message.baseDir))
                        return "baseDir: string expected";
                if (message.outputDir != null && $Object.hasOwnProperty.call(message, "outputDir"))
                    if (!$util.isString(message.outputDir))
                        return "outputDir: string expected";
                if (message.createdAtMs != null && $Object.hasOwnProperty.call(message, "createdAtMs"))
                    if (!$util.isInteger(message.createdAtMs) && !(message.createdAtMs && $util.isInteger(message.createdAtMs.low) && $util.isInteger(message.createdAtMs.high)))
                        return "createdAtMs: integer|Long expected";
                if (message.updatedAtMs != null && $Object.hasOwnProperty.call(message, "updatedAtMs"))
                    if (!$util.isInteger(message.updatedAtMs) && !(message.updatedAtMs && $util.isInteger(message.updatedAtMs.low) && $util.isInteger(message.updatedAtMs.high)))
                        return "updatedAtMs: integer|Long expected";
                if (message.finishedAtMs != null && $Object.hasOwnProperty.call(message, "finishedAtMs"))
                    if (!$util.isInteger(message.finishedAtMs) && !(message.finishedAtMs && $util.isInteger(message.finishedAtMs.low) && $util.isInteger(message.finishedAtMs.high)))
                        return "finishedAtMs: integer|Long expected";
                if (message.counters != null && $Object.hasOwnProperty.call(message, "counters")) {
                    var error = $root.framefleet.v1.RunCounters.verify(message.counters, _depth + 1);
                    if (error)
                        return "counters." + error;
                }
                if (message.publishedAll != null && $Object.hasOwnProperty.call(message, "publishedAll"))
                    if (typeof message.publishedAll !== "boolean")
                        return "publishedAll: boolean expected";
                if (message.generatorBackend != null && $Object.hasOwnProperty.call(message, "generatorBackend"))
                    if (!$util.isString(message.generatorBackend))
                        return "generatorBackend: string expected";
                if (message.evaluatorBackend != null && $Object.hasOwnProperty.call(message, "evaluatorBackend"))
                    if (!$util.isString(message.evaluatorBackend))
                        return "evaluatorBackend: string expected";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    if (!$util.isString(message.reason))
                        return "reason: string expected";
                if (message.generation != null && $Object.hasOwnProperty.call(message, "generation"))
                    if (!$util.isInteger(message.generation))
                        return "generation: integer expected";
                if (message.specFingerprint != null && $Object.hasOwnProperty.call(message, "specFingerprint"))
                    if (!$util.isString(message.specFingerprint))
                        return "specFingerprint: string expected";
                return null;
            };

            /**
             * Creates a RunRecord message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof framefleet.v1.RunRecord
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {framefleet.v1.RunRecord} RunRecord
             */
            RunRecord.fromObject = function (object, _depth) {
                if (object instanceof $root.framefleet.v1.RunRecord)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".framefleet.v1.RunRecord: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.framefleet.v1.RunRecord();
                if (object.runId != null)
                    if (typeof object.runId !== "string" || object.runId.length)
                        message.runId = $String(object.runId);
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.benchmark != null)
                    if (typeof object.benchmark !== "string" || object.benchmark.length)
                        message.benchmark = $String(object.benchmark);
                if (object.state !== 0 && (typeof object.state !== "string" || $root.framefleet.v1.RunState[object.state] !== 0))
                    switch (object.state) {
                    case "RUN_STATE_UNSPECIFIED":
                    case 0:
                        message.state = 0;
                        break;
                    case "RUN_STATE_PLANNING":
                    case 1:
                        message.state = 1;
                        break;
                    case "RUN_STATE_RUNNING":
                    case 2:
                        message.state = 2;
                        break;
                    case "RUN_STATE_COMPLETED":
                    case 3:
                        message.state = 3;
                        break;
                    case "RUN_STATE_CANCELLED":
                    case 4:
                        message.state = 4;
                        break;
                    case "RUN_STATE_FAILED":
                    case 5:
                        message.state = 5;
                        break;
                    default:
                        if (typeof object.state === "number" && (object.state | 0) === object.state)
                            message.state = object.state;
                    }
                if (object.specYaml != null)
                    if (typeof object.specYaml !== "string" || object.specYaml.length)
                        message.specYaml = $String(object.specYaml);
                if (object.baseDir != null)
                    if (typeof object.baseDir !== "string" || object.baseDir.length)
                        message.baseDir = $String(object.baseDir);
                if (object.outputDir != null)
                    if (typeof object.outputDir !== "string" || object.outputDir.length)
                        message.outputDir = $String(object.outputDir);
                if (object.createdAtMs != null)
                    if (typeof object.createdAtMs === "object" ? object.createdAtMs.low || object.createdAtMs.high : $Number(object.createdAtMs) !== 0)
                        if ($util.Long)
                            message.createdAtMs = $util.Long.fromValue(object.createdAtMs, false);
                        else if (typeof object.createdAtMs === "string")
                            message.createdAtMs = $parseInt(object.createdAtMs, 10);
                        else if (typeof object.createdAtMs === "number")
                            message.createdAtMs = object.createdAtMs;
                        else if (typeof object.createdAtMs === "object")
                            message.createdAtMs = new $util.LongBits(object.createdAtMs.low >>> 0, object.createdAtMs.high >>> 0).toNumber();
                if (object.updatedAtMs != null)
                    if (typeof object.updatedAtMs === "object" ? object.updatedAtMs.low || object.updatedAtMs.high : $Number(object.updatedAtMs) !== 0)
                        if ($util.Long)
                            message.updatedAtMs = $util.Long.fromValue(object.updatedAtMs, false);
                        else if (typeof object.updatedAtMs === "string")
                            message.updatedAtMs = $parseInt(object.updatedAtMs, 10);
                        else if (typeof object.updatedAtMs === "number")
                            message.updatedAtMs = object.updatedAtMs;
                        else if (typeof object.updatedAtMs === "object")
                            message.updatedAtMs = new $util.LongBits(object.updatedAtMs.low >>> 0, object.updatedAtMs.high >>> 0).toNumber();
                if (object.finishedAtMs != null)
                    if (typeof object.finishedAtMs === "object" ? object.finishedAtMs.low || object.finishedAtMs.high : $Number(object.finishedAtMs) !== 0)
                        if ($util.Long)
                            message.finishedAtMs = $util.Long.fromValue(object.finishedAtMs, false);
                        else if (typeof object.finishedAtMs === "string")
                            message.finishedAtMs = $parseInt(object.finishedAtMs, 10);
                        else if (typeof object.finishedAtMs === "number")
                            message.finishedAtMs = object.finishedAtMs;
                        else if (typeof object.finishedAtMs === "object")
                            message.finishedAtMs = new $util.LongBits(object.finishedAtMs.low >>> 0, object.finishedAtMs.high >>> 0).toNumber();
                if (object.counters != null) {
                    if (!$util.isObject(object.counters))
                        throw $TypeError(".framefleet.v1.RunRecord.counters: object expected");
                    message.counters = $root.framefleet.v1.RunCounters.fromObject(object.counters, _depth + 1);
                }
                if (object.publishedAll != null)
                    if (object.publishedAll)
                        message.publishedAll = $Boolean(object.publishedAll);
                if (object.generatorBackend != null)
                    if (typeof object.generatorBackend !== "string" || object.generatorBackend.length)
                        message.generatorBackend = $String(object.generatorBackend);
                if (object.evaluatorBackend != null)
                    if (typeof object.evaluatorBackend !== "string" || object.evaluatorBackend.length)
                        message.evaluatorBackend = $String(object.evaluatorBackend);
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                if (object.generation != null)
                    if ($Number(object.generation) !== 0)
                        message.generation = object.generation >>> 0;
                if (object.specFingerprint != null)
                    if (typeof object.specFingerprint !== "string" || object.specFingerprint.length)
                        message.specFingerprint = $String(object.specFingerprint);
                return message;
            };

            /**
             * Creates a plain object from a RunRecord message. Also converts values to other types if specified.
             * @function toObject
             * @memberof framefleet.v1.RunRecord
             * @static
             * @param {framefleet.v1.RunRecord} message RunRecord
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RunRecord.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.runId = "";
                    object.name = "";
                    object.benchmark = "";
                    object.state = options.enums === $String ? "RUN_STATE_UNSPECIFIED" : 0;
                    object.specYaml = "";
                    object.baseDir = "";
                    object.outputDir = "";
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, false);
                        object.createdAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.createdAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, false);
                        object.updatedAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.updatedAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, false);
                        object.finishedAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.finishedAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.counters = null;
                    object.publishedAll = false;
                    object.generatorBackend = "";
                    object.evaluatorBackend = "";
                    object.reason = "";
                    object.generation = 0;
                    object.specFingerprint = "";
                }
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                    object.runId = message.runId;
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.benchmark != null && $Object.hasOwnProperty.call(message, "benchmark"))
                    object.benchmark = message.benchmark;
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    object.state = options.enums === $String ? $root.framefleet.v1.RunState[message.state] === $undefined ? message.state : $root.framefleet.v1.RunState[message.state] : message.state;
                if (message.specYaml != null && $Object.hasOwnProperty.call(message, "specYaml"))
                    object.specYaml = message.specYaml;
                if (message.baseDir != null && $Object.hasOwnProperty.call(message, "baseDir"))
                    object.baseDir = message.baseDir;
                if (message.outputDir != null && $Object.hasOwnProperty.call(message, "outputDir"))
                    object.outputDir = message.outputDir;
                if (message.createdAtMs != null && $Object.hasOwnProperty.call(message, "createdAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.createdAtMs = typeof message.createdAtMs === "number" ? $BigInt(message.createdAtMs) : $util.Long.fromBits(message.createdAtMs.low >>> 0, message.createdAtMs.high >>> 0, false).toBigInt();
                    else if (typeof message.createdAtMs === "number")
                        object.createdAtMs = options.longs === $String ? $String(message.createdAtMs) : message.createdAtMs;
                    else
                        object.createdAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.createdAtMs) : options.longs === $Number ? new $util.LongBits(message.createdAtMs.low >>> 0, message.createdAtMs.high >>> 0).toNumber() : message.createdAtMs;
                if (message.updatedAtMs != null && $Object.hasOwnProperty.call(message, "updatedAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.updatedAtMs = typeof message.updatedAtMs === "number" ? $BigInt(message.updatedAtMs) : $util.Long.fromBits(message.updatedAtMs.low >>> 0, message.updatedAtMs.high >>> 0, false).toBigInt();
                    else if (typeof message.updatedAtMs === "number")
                        object.updatedAtMs = options.longs === $String ? $String(message.updatedAtMs) : message.updatedAtMs;
                    else
                        object.updatedAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.updatedAtMs) : options.longs === $Number ? new $util.LongBits(message.updatedAtMs.low >>> 0, message.updatedAtMs.high >>> 0).toNumber() : message.updatedAtMs;
                if (message.finishedAtMs != null && $Object.hasOwnProperty.call(message, "finishedAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.finishedAtMs = typeof message.finishedAtMs === "number" ? $BigInt(message.finishedAtMs) : $util.Long.fromBits(message.finishedAtMs.low >>> 0, message.finishedAtMs.high >>> 0, false).toBigInt();
                    else if (typeof message.finishedAtMs === "number")
                        object.finishedAtMs = options.longs === $String ? $String(message.finishedAtMs) : message.finishedAtMs;
                    else
                        object.finishedAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.finishedAtMs) : options.longs === $Number ? new $util.LongBits(message.finishedAtMs.low >>> 0, message.finishedAtMs.high >>> 0).toNumber() : message.finishedAtMs;
                if (message.counters != null && $Object.hasOwnProperty.call(message, "counters"))
                    object.counters = $root.framefleet.v1.RunCounters.toObject(message.counters, options, _depth + 1);
                if (message.publishedAll != null && $Object.hasOwnProperty.call(message, "publishedAll"))
                    object.publishedAll = message.publishedAll;
                if (message.generatorBackend != null && $Object.hasOwnProperty.call(message, "generatorBackend"))
                    object.generatorBackend = message.generatorBackend;
                if (message.evaluatorBackend != null && $Object.hasOwnProperty.call(message, "evaluatorBackend"))
                    object.evaluatorBackend = message.evaluatorBackend;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                if (message.generation != null && $Object.hasOwnProperty.call(message, "generation"))
                    object.generation = message.generation;
                if (message.specFingerprint != null && $Object.hasOwnProperty.call(message, "specFingerprint"))
                    object.specFingerprint = message.specFingerprint;
                return object;
            };

            /**
             * Converts this RunRecord to JSON.
             * @function toJSON
             * @memberof framefleet.v1.RunRecord
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RunRecord.prototype.toJSON = function() {
                return RunRecord.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RunRecord
             * @function getTypeUrl
             * @memberof framefleet.v1.RunRecord
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RunRecord.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/framefleet.v1.RunRecord";
            };

            return RunRecord;
        })();

        v1.ItemRecord = (function() {

            /**
             * Properties of an ItemRecord.
             * @typedef {Object} framefleet.v1.ItemRecord.$Properties
             * @property {string|null} [taskId] ItemRecord taskId
             * @property {string|null} [runId] ItemRecord runId
             * @property {string|null} [itemKey] ItemRecord itemKey
             * @property {string|null} [prompt] ItemRecord prompt
             * @property {number|null} [seed] ItemRecord seed
             * @property {number|null} [sampleIndex] ItemRecord sampleIndex
             * @property {framefleet.v1.ItemState|null} [state] ItemRecord state
             * @property {number|null} [attempts] ItemRecord attempts
             * @property {string|null} [node] ItemRecord node
             * @property {string|null} [deviceUuid] ItemRecord deviceUuid
             * @property {string|null} [backend] ItemRecord backend
             * @property {framefleet.v1.OutputFile.$Properties|null} [output] ItemRecord output
             * @property {framefleet.v1.Timings.$Properties|null} [genTimings] ItemRecord genTimings
             * @property {string|null} [evalTaskId] ItemRecord evalTaskId
             * @property {framefleet.v1.Timings.$Properties|null} [evalTimings] ItemRecord evalTimings
             * @property {Object.<string,number>|null} [scores] ItemRecord scores
             * @property {Array.<framefleet.v1.TaskError.$Properties>|null} [errors] ItemRecord errors
             * @property {framefleet.v1.VideoParams.$Properties|null} [video] ItemRecord video
             * @property {Object.<string,string>|null} [labels] ItemRecord labels
             * @property {string|null} [evalNode] ItemRecord evalNode
             * @property {string|null} [outputPath] ItemRecord outputPath
             * @property {Object.<string,string>|null} [inputs] ItemRecord inputs
             * @property {number|null} [simulatedMs] ItemRecord simulatedMs
             * @property {number|null} [startedAtMs] ItemRecord startedAtMs
             * @property {Array.<framefleet.v1.BackendLoad.$Properties>|null} [loads] ItemRecord loads
             * @property {Object.<string,string>|null} [params] ItemRecord params
             * @property {Array.<string>|null} [evalMetrics] ItemRecord evalMetrics
             * @property {Object.<string,string>|null} [evalInputs] ItemRecord evalInputs
             * @property {Object.<string,string>|null} [evalParams] ItemRecord evalParams
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ItemRecord.
             * @memberof framefleet.v1
             * @interface IItemRecord
             * @augments framefleet.v1.ItemRecord.$Properties
             * @deprecated Use framefleet.v1.ItemRecord.$Properties instead.
             */

            /**
             * Shape of an ItemRecord.
             * @typedef {framefleet.v1.ItemRecord.$Properties} framefleet.v1.ItemRecord.$Shape
             */

            /**
             * Constructs a new ItemRecord.
             * @memberof framefleet.v1
             * @classdesc Represents an ItemRecord.
             * @constructor
             * @param {framefleet.v1.ItemRecord.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var ItemRecord = function (properties) {
                this.scores = {};
                this.errors = [];
                this.labels = {};
                this.inputs = {};
                this.loads = [];
                this.params = {};
                this.evalMetrics = [];
                this.evalInputs = {};
                this.evalParams = {};
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ItemRecord taskId.
             * @member {string} taskId
             * @memberof framefleet.v1.ItemRecord
             * @instance
             */
            ItemRecord.prototype.taskId = "";

            /**
             * ItemRecord runId.
             * @member {string} runId
             * @memberof framefleet.v1.ItemRecord
             * @instance
             */
            ItemRecord.prototype.runId = "";

            /**
             * ItemRecord itemKey.
             * @member {string} itemKey
             * @memberof framefleet.v1.ItemRecord
             * @instance
             */
            ItemRecord.prototype.itemKey = "";

            /**
             * ItemRecord prompt.
             * @member {string} prompt
             * @memberof framefleet.v1.ItemRecord
             * @instance
             */
            ItemRecord.prototype.prompt = "";

            /**
             * ItemRecord seed.
             * @member {number} seed
             * @memberof framefleet.v1.ItemRecord
             * @instance
             */
            ItemRecord.prototype.seed = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ItemRecord sampleIndex.
             * @member {number} sampleIndex
             * @memberof framefleet.v1.ItemRecord
             * @instance
             */
            ItemRecord.prototype.sampleIndex = 0;

            /**
             * ItemRecord state.
             * @member {framefleet.v1.ItemState} state
             * @memberof framefleet.v1.ItemRecord
             * @instance
             */
            ItemRecord.prototype.state = 0;

            /**
             * ItemRecord attempts.
             * @member {number} attempts
             * @memberof framefleet.v1.ItemRecord
             * @instance
             */
            ItemRecord.prototype.attempts = 0;

            /**
             * ItemRecord node.
             * @member {string} node
             * @memberof framefleet.v1.ItemRecord
             * @instance
             */
            ItemRecord.prototype.node = "";

            /**
             * ItemRecord deviceUuid.
             * @member {string} deviceUuid
             * @memberof framefleet.v1.ItemRecord
             * @instance
             */
            ItemRecord.prototype.deviceUuid = "";

            /**
             * ItemRecord backend.
             * @member {string} backend
             * @memberof framefleet.v1.ItemRecord
             * @instance
             */
            ItemRecord.prototype.backend = "";

            /**
             * ItemRecord output.
             * @member {framefleet.v1.OutputFile.$Properties|null|undefined} output
             * @memberof framefleet.v1.ItemRecord
             * @instance
             */
            ItemRecord.prototype.output = null;

            /**
             * ItemRecord genTimings.
             * @member {framefleet.v1.Timings.$Properties|null|undefined} genTimings
             * @memberof framefleet.v1.ItemRecord
             * @instance
             */
            ItemRecord.prototype.genTimings = null;

            /**
             * ItemRecord evalTaskId.
             * @member {string} evalTaskId
             * @memberof framefleet.v1.ItemRecord
             * @instance
             */
            ItemRecord.prototype.evalTaskId = "";

            /**
             * ItemRecord evalTimings.
             * @member {framefleet.v1.Timings.$Properties|null|undefined} evalTimings
             * @memberof framefleet.v1.ItemRecord
             * @instance
             */
            ItemRecord.prototype.evalTimings = null;

            /**
             * ItemRecord scores.
             * @member {Object.<string,number>} scores
             * @memberof framefleet.v1.ItemRecord
             * @instance
             */
            ItemRecord.prototype.scores = $util.emptyObject;

            /**
             * ItemRecord errors.
             * @member {Array.<framefleet.v1.TaskError.$Properties>} errors
             * @memberof framefleet.v1.ItemRecord
             * @instance
             */
            ItemRecord.prototype.errors = $util.emptyArray;

            /**
             * ItemRecord video.
             * @member {framefleet.v1.VideoParams.$Properties|null|undefined} video
             * @memberof framefleet.v1.ItemRecord
             * @instance
             */
            ItemRecord.prototype.video = null;

            /**
             * ItemRecord labels.
             * @member {Object.<string,string>} labels
             * @memberof framefleet.v1.ItemRecord
             * @instance
             */
            ItemRecord.prototype.labels = $util.emptyObject;

            /**
             * ItemRecord evalNode.
             * @member {string} evalNode
             * @memberof framefleet.v1.ItemRecord
             * @instance
             */
            ItemRecord.prototype.evalNode = "";

            /**
             * ItemRecord outputPath.
             * @member {string} outputPath
             * @memberof framefleet.v1.ItemRecord
             * @instance
             */
            ItemRecord.prototype.outputPath = "";

            /**
             * ItemRecord inputs.
             * @member {Object.<string,string>} inputs
             * @memberof framefleet.v1.ItemRecord
             * @instance
             */
            ItemRecord.prototype.inputs = $util.emptyObject;

            /**
             * ItemRecord simulatedMs.
             * @member {number} simulatedMs
             * @memberof framefleet.v1.ItemRecord
             * @instance
             */
            ItemRecord.prototype.simulatedMs = 0;

            /**
             * ItemRecord startedAtMs.
             * @member {number} startedAtMs
             * @memberof framefleet.v1.ItemRecord
             * @instance
             */
            ItemRecord.prototype.startedAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * ItemRecord loads.
             * @member {Array.<framefleet.v1.BackendLoad.$Properties>} loads
             * @memberof framefleet.v1.ItemRecord
             * @instance
             */
            ItemRecord.prototype.loads = $util.emptyArray;

            /**
             * ItemRecord params.
             * @member {Object.<string,string>} params
             * @memberof framefleet.v1.ItemRecord
             * @instance
             */
            ItemRecord.prototype.params = $util.emptyObject;

            /**
             * ItemRecord evalMetrics.
             * @member {Array.<string>} evalMetrics
             * @memberof framefleet.v1.ItemRecord
             * @instance
             */
            ItemRecord.prototype.evalMetrics = $util.emptyArray;

            /**
             * ItemRecord evalInputs.
             * @member {Object.<string,string>} evalInputs
             * @memberof framefleet.v1.ItemRecord
             * @instance
             */
            ItemRecord.prototype.evalInputs = $util.emptyObject;

            /**
             * ItemRecord evalParams.
             * @member {Object.<string,string>} evalParams
             * @memberof framefleet.v1.ItemRecord
             * @instance
             */
            ItemRecord.prototype.evalParams = $util.emptyObject;

            /**
             * Creates a new ItemRecord instance using the specified properties.
             * @function create
             * @memberof framefleet.v1.ItemRecord
             * @static
             * @param {framefleet.v1.ItemRecord.$Properties=} [properties] Properties to set
             * @returns {framefleet.v1.ItemRecord} ItemRecord instance
             * @type {{
             *   (properties: framefleet.v1.ItemRecord.$Shape): framefleet.v1.ItemRecord & framefleet.v1.ItemRecord.$Shape;
             *   (properties?: framefleet.v1.ItemRecord.$Properties): framefleet.v1.ItemRecord;
             * }}
             */
            ItemRecord.create = function(properties) {
                return new ItemRecord(properties);
            };

            /**
             * Encodes the specified ItemRecord message. Does not implicitly {@link framefleet.v1.ItemRecord.verify|verify} messages.
             * @function encode
             * @memberof framefleet.v1.ItemRecord
             * @static
             * @param {framefleet.v1.ItemRecord.$Properties} message ItemRecord message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ItemRecord.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId") && message.taskId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.taskId);
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId") && message.runId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.runId);
                if (message.itemKey != null && $Object.hasOwnProperty.call(message, "itemKey") && message.itemKey !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.itemKey);
                if (message.prompt != null && $Object.hasOwnProperty.call(message, "prompt") && message.prompt !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.prompt);
                if (message.seed != null && $Object.hasOwnProperty.call(message, "seed") && (typeof message.seed === "object" ? message.seed.low || message.seed.high : message.seed !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.seed);
                if (message.sampleIndex != null && $Object.hasOwnProperty.call(message, "sampleIndex") && message.sampleIndex !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.sampleIndex);
                if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).int32(message.state);
                if (message.attempts != null && $Object.hasOwnProperty.call(message, "attempts") && message.attempts !== 0)
                    writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.attempts);
                if (message.node != null && $Object.hasOwnProperty.call(message, "node") && message.node !== "")
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.node);
                if (message.deviceUuid != null && $Object.hasOwnProperty.call(message, "deviceUuid") && message.deviceUuid !== "")
                    writer.uint32(/* id 10, wireType 2 =*/82).string(message.deviceUuid);
                if (message.backend != null && $Object.hasOwnProperty.call(message, "backend") && message.backend !== "")
                    writer.uint32(/* id 11, wireType 2 =*/90).string(message.backend);
                if (message.output != null && $Object.hasOwnProperty.call(message, "output"))
                    $root.framefleet.v1.OutputFile.encode(message.output, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                if (message.genTimings != null && $Object.hasOwnProperty.call(message, "genTimings"))
                    $root.framefleet.v1.Timings.encode(message.genTimings, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                if (message.evalTaskId != null && $Object.hasOwnProperty.call(message, "evalTaskId") && message.evalTaskId !== "")
                    writer.uint32(/* id 14, wireType 2 =*/114).string(message.evalTaskId);
                if (message.evalTimings != null && $Object.hasOwnProperty.call(message, "evalTimings"))
                    $root.framefleet.v1.Timings.encode(message.evalTimings, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                if (message.scores != null && $Object.hasOwnProperty.call(message, "scores"))
                    for (var keys = $Object.keys(message.scores), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 16, wireType 2 =*/130).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 1 =*/17).double(message.scores[keys[i]]).ldelim();
                if (message.errors != null && message.errors.length)
                    for (var i = 0; i < message.errors.length; ++i)
                        $root.framefleet.v1.TaskError.encode(message.errors[i], writer.uint32(/* id 17, wireType 2 =*/138).fork(), _depth + 1).ldelim();
                if (message.video != null && $Object.hasOwnProperty.call(message, "video"))
                    $root.framefleet.v1.VideoParams.encode(message.video, writer.uint32(/* id 18, wireType 2 =*/146).fork(), _depth + 1).ldelim();
                if (message.labels != null && $Object.hasOwnProperty.call(message, "labels"))
                    for (var keys = $Object.keys(message.labels), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 19, wireType 2 =*/154).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.labels[keys[i]]).ldelim();
                if (message.evalNode != null && $Object.hasOwnProperty.call(message, "evalNode") && message.evalNode !== "")
                    writer.uint32(/* id 20, wireType 2 =*/162).string(message.evalNode);
                if (message.outputPath != null && $Object.hasOwnProperty.call(message, "outputPath") && message.outputPath !== "")
                    writer.uint32(/* id 21, wireType 2 =*/170).string(message.outputPath);
                if (message.inputs != null && $Object.hasOwnProperty.call(message, "inputs"))
                    for (var keys = $Object.keys(message.inputs), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 22, wireType 2 =*/178).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.inputs[keys[i]]).ldelim();
                if (message.simulatedMs != null && $Object.hasOwnProperty.call(message, "simulatedMs") && message.simulatedMs !== 0)
                    writer.uint32(/* id 23, wireType 0 =*/184).uint32(message.simulatedMs);
                if (message.startedAtMs != null && $Object.hasOwnProperty.call(message, "startedAtMs") && (typeof message.startedAtMs === "object" ? message.startedAtMs.low || message.startedAtMs.high : message.startedAtMs !== 0))
                    writer.uint32(/* id 24, wireType 0 =*/192).int64(message.startedAtMs);
                if (message.loads != null && message.loads.length)
                    for (var i = 0; i < message.loads.length; ++i)
                        $root.framefleet.v1.BackendLoad.encode(message.loads[i], writer.uint32(/* id 25, wireType 2 =*/202).fork(), _depth + 1).ldelim();
                if (message.params != null && $Object.hasOwnProperty.call(message, "params"))
                    for (var keys = $Object.keys(message.params), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 26, wireType 2 =*/210).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.params[keys[i]]).ldelim();
                if (message.evalMetrics != null && message.evalMetrics.length)
                    for (var i = 0; i < message.evalMetrics.length; ++i)
                        writer.uint32(/* id 27, wireType 2 =*/218).string(message.evalMetrics[i]);
                if (message.evalInputs != null && $Object.hasOwnProperty.call(message, "evalInputs"))
                    for (var keys = $Object.keys(message.evalInputs), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 28, wireType 2 =*/226).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.evalInputs[keys[i]]).ldelim();
                if (message.evalParams != null && $Object.hasOwnProperty.call(message, "evalParams"))
                    for (var keys = $Object.keys(message.evalParams), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 29, wireType 2 =*/234).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.evalParams[keys[i]]).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ItemRecord message, length delimited. Does not implicitly {@link framefleet.v1.ItemRecord.verify|verify} messages.
             * @function encodeDelimited
             * @memberof framefleet.v1.ItemRecord
             * @static
             * @param {framefleet.v1.ItemRecord.$Properties} message ItemRecord message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ItemRecord.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an ItemRecord message from the specified reader or buffer.
             * @function decode
             * @memberof framefleet.v1.ItemRecord
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {framefleet.v1.ItemRecord & framefleet.v1.ItemRecord.$Shape} ItemRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ItemRecord.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.framefleet.v1.ItemRecord();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.taskId = value;
                            else
                                delete message.taskId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.runId = value;
                            else
                                delete message.runId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.itemKey = value;
                            else
                                delete message.itemKey;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.prompt = value;
                            else
                                delete message.prompt;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seed = value;
                            else
                                delete message.seed;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.sampleIndex = value;
                            else
                                delete message.sampleIndex;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.state = value;
                            else
                                delete message.state;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.attempts = value;
                            else
                                delete message.attempts;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.node = value;
                            else
                                delete message.node;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.deviceUuid = value;
                            else
                                delete message.deviceUuid;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.backend = value;
                            else
                                delete message.backend;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.output = $root.framefleet.v1.OutputFile.decode(reader, reader.size(), $undefined, _depth + 1, message.output);
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.genTimings = $root.framefleet.v1.Timings.decode(reader, reader.size(), $undefined, _depth + 1, message.genTimings);
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.evalTaskId = value;
                            else
                                delete message.evalTaskId;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.evalTimings = $root.framefleet.v1.Timings.decode(reader, reader.size(), $undefined, _depth + 1, message.evalTimings);
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            if (message.scores === $util.emptyObject)
                                message.scores = {};
                            var end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = 0;
                            while (reader.pos < end2) {
                                var tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 1)
                                        break;
                                    value = reader.double();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.scores, key);
                            message.scores[key] = value;
                            continue;
                        }
                    case 17: {
                            if (wireType !== 2)
                                break;
                            if (!(message.errors && message.errors.length))
                                message.errors = [];
                            message.errors.push($root.framefleet.v1.TaskError.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 18: {
                            if (wireType !== 2)
                                break;
                            message.video = $root.framefleet.v1.VideoParams.decode(reader, reader.size(), $undefined, _depth + 1, message.video);
                            continue;
                        }
                    case 19: {
                            if (wireType !== 2)
                                break;
                            if (message.labels === $util.emptyObject)
                                message.labels = {};
                            var end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                var tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.labels, key);
                            message.labels[key] = value;
                            continue;
                        }
                    case 20: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.evalNode = value;
                            else
                                delete message.evalNode;
                            continue;
                        }
                    case 21: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.outputPath = value;
                            else
                                delete message.outputPath;
                            continue;
                        }
                    case 22: {
                            if (wireType !== 2)
                                break;
                            if (message.inputs === $util.emptyObject)
                                message.inputs = {};
                            var end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                var tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.inputs, key);
                            message.inputs[key] = value;
                            continue;
                        }
                    case 23: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.simulatedMs = value;
                            else
                                delete message.simulatedMs;
                            continue;
                        }
                    case 24: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.startedAtMs = value;
                            else
                                delete message.startedAtMs;
                            continue;
                        }
                    case 25: {
                            if (wireType !== 2)
                                break;
                            if (!(message.loads && message.loads.length))
                                message.loads = [];
                            message.loads.push($root.framefleet.v1.BackendLoad.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 26: {
                            if (wireType !== 2)
                                break;
                            if (message.params === $util.emptyObject)
                                message.params = {};
                            var end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                var tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.params, key);
                            message.params[key] = value;
                            continue;
                        }
                    case 27: {
                            if (wireType !== 2)
                                break;
                            if (!(message.evalMetrics && message.evalMetrics.length))
                                message.evalMetrics = [];
                            message.evalMetrics.push(reader.stringVerify());
                            continue;
                        }
                    case 28: {
                            if (wireType !== 2)
                                break;
                            if (message.evalInputs === $util.emptyObject)
                                message.evalInputs = {};
                            var end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                var tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.evalInputs, key);
                            message.evalInputs[key] = value;
                            continue;
                        }
                    case 29: {
                            if (wireType !== 2)
                                break;
                            if (message.evalParams === $util.emptyObject)
                                message.evalParams = {};
                            var end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                var tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.evalParams, key);
                            message.evalParams[key] = value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an ItemRecord message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof framefleet.v1.ItemRecord
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {framefleet.v1.ItemRecord & framefleet.v1.ItemRecord.$Shape} ItemRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ItemRecord.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an ItemRecord message.
             * @function verify
             * @memberof framefleet.v1.ItemRecord
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ItemRecord.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId"))
                    if (!$util.isString(message.taskId))
                        return "taskId: string expected";
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                    if (!$util.isString(message.runId))
                        return "runId: string expected";
                if (message.itemKey != null && $Object.hasOwnProperty.call(message, "itemKey"))
                    if (!$util.isString(message.itemKey))
                        return "itemKey: string expected";
                if (message.prompt != null && $Object.hasOwnProperty.call(message, "prompt"))
                    if (!$util.isString(message.prompt))
                        return "prompt: string expected";
                if (message.seed != null && $Object.hasOwnProperty.call(message, "seed"))
                    if (!$util.isInteger(message.seed) && !(message.seed && $util.isInteger(message.seed.low) && $util.isInteger(message.seed.high)))
                        return "seed: integer|Long expected";
                if (message.sampleIndex != null && $Object.hasOwnProperty.call(message, "sampleIndex"))
                    if (!$util.isInteger(message.sampleIndex))
                        return "sampleIndex: integer expected";
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    if (typeof message.state !== "number" || (message.state | 0) !== message.state)
                        return "state: enum value expected";
                if (message.attempts != null && $Object.hasOwnProperty.call(message, "attempts"))
                    if (!$util.isInteger(message.attempts))
                        return "attempts: integer expected";
                if (message.node != null && $Object.hasOwnProperty.call(message, "node"))
                    if (!$util.isString(message.node))
                        return "node: string expected";
                if (message.deviceUuid != null && $Object.hasOwnProperty.call(message, "deviceUuid"))
                    if (!$util.isString(message.deviceUuid))
                        return "deviceUuid: string expected";
                if (message.backend != null && $Object.hasOwnProperty.call(message, "backend"))
                    if (!$util.isString(message.backend))
                        return "backend: string expected";
                if (message.output != null && $Object.hasOwnProperty.call(message, "output")) {
                    var error = $root.framefleet.v1.OutputFile.verify(message.output, _depth + 1);
                    if (error)
                        return "output." + error;
                }
                if (message.genTimings != null && $Object.hasOwnProperty.call(message, "genTimings")) {
                    var error = $root.framefleet.v1.Timings.verify(message.genTimings, _depth + 1);
                    if (error)
                        return "genTimings." + error;
                }
                if (message.evalTaskId != null && $Object.hasOwnProperty.call(message, "evalTaskId"))
                    if (!$util.isString(message.evalTaskId))
                        return "evalTaskId: string expected";
                if (message.evalTimings != null && $Object.hasOwnProperty.call(message, "evalTimings")) {
                    var error = $root.framefleet.v1.Timings.verify(message.evalTimings, _depth + 1);
                    if (error)
                        return "evalTimings." + error;
                }
                if (message.scores != null && $Object.hasOwnProperty.call(message, "scores")) {
                    if (!$util.isObject(message.scores))
                        return "scores: object expected";
                    var key = $Object.keys(message.scores);
                    for (var i = 0; i < key.length; ++i)
                        if (typeof message.scores[key[i]] !== "number")
                            return "scores: number{k:string} expected";
                }
                if (message.errors != null && $Object.hasOwnProperty.call(message, "errors")) {
                    if (!$Array.isArray(message.errors))
                        return "errors: array expected";
                    for (var i = 0; i < message.errors.length; ++i) {
                        var error = $root.framefleet.v1.TaskError.verify(message.errors[i], _depth + 1);
                        if (error)
                            return "errors." + error;
                    }
                }
                if (message.video != null && $Object.hasOwnProperty.call(message, "video")) {
                    var error = $root.framefleet.v1.VideoParams.verify(message.video, _depth + 1);
                    if (error)
                        return "video." + error;
                }
                if (message.labels != null && $Object.hasOwnProperty.call(message, "labels")) {
                    if (!$util.isObject(message.labels))
                        return "labels: object expected";
                    var key = $Object.keys(message.labels);
                    for (var i = 0; i < key.length; ++i)
                        if (!$util.isString(message.labels[key[i]]))
                            return "labels: string{k:string} expected";
                }
                if (message.evalNode != null && $Object.hasOwnProperty.call(message, "evalNode"))
                    if (!$util.isString(message.evalNode))
                        return "evalNode: string expected";
                if (message.outputPath != null && $Object.hasOwnProperty.call(message, "outputPath"))
                    if (!$util.isString(message.outputPath))
                        return "outputPath: string expected";
                if (message.inputs != null && $Object.hasOwnProperty.call(message, "inputs")) {
                    if (!$util.isObject(message.inputs))
                        return "inputs: object expected";
                    var key = $Object.keys(message.inputs);
                    for (var i = 0; i < key.length; ++i)
                        if (!$util.isString(message.inputs[key[i]]))
                            return "inputs: string{k:string} expected";
                }
                if (message.simulatedMs != null && $Object.hasOwnProperty.call(message, "simulatedMs"))
                    if (!$util.isInteger(message.simulatedMs))
                        return "simulatedMs: integer expected";
                if (message.startedAtMs != null && $Object.hasOwnProperty.call(message, "startedAtMs"))
                    if (!$util.isInteger(message.startedAtMs) && !(message.startedAtMs && $util.isInteger(message.startedAtMs.low) && $util.isInteger(message.startedAtMs.high)))
                        return "startedAtMs: integer|Long expected";
                if (message.loads != null && $Object.hasOwnProperty.call(message, "loads")) {
                    if (!$Array.isArray(message.loads))
                        return "loads: array expected";
                    for (var i = 0; i < message.loads.length; ++i) {
                        var error = $root.framefleet.v1.BackendLoad.verify(message.loads[i], _depth + 1);
                        if (error)
                            return "loads." + error;
                    }
                }
                if (message.params != null && $Object.hasOwnProperty.call(message, "params")) {
                    if (!$util.isObject(message.params))
                        return "params: object expected";
                    var key = $Object.keys(message.params);
                    for (var i = 0; i < key.length; ++i)
                        if (!$util.isString(message.params[key[i]]))
                            return "params: string{k:string} expected";
                }
                if (message.evalMetrics != null && $Object.hasOwnProperty.call(message, "evalMetrics")) {
                    if (!$Array.isArray(message.evalMetrics))
                        return "evalMetrics: array expected";
                    for (var i = 0; i < message.evalMetrics.length; ++i)
                        if (!$util.isString(message.evalMetrics[i]))
                            return "evalMetrics: string[] expected";
                }
                if (message.evalInputs != null && $Object.hasOwnProperty.call(message, "evalInputs")) {
                    if (!$util.isObject(message.evalInputs))
                        return "evalInputs: object expected";
                    var key = $Object.keys(message.evalInputs);
                    for (var i = 0; i < key.length; ++i)
                        if (!$util.isString(message.evalInputs[key[i]]))
                            return "evalInputs: string{k:string} expected";
                }
                if (message.evalParams != null && $Object.hasOwnProperty.call(message, "evalParams")) {
                    if (!$util.isObject(message.evalParams))
                        return "evalParams: object expected";
                    var key = $Object.keys(message.evalParams);
                    for (var i = 0; i < key.length; ++i)
                        if (!$util.isString(message.evalParams[key[i]]))
                            return "evalParams: string{k:string} expected";
                }
                return null;
            };

            /**
             * Creates an ItemRecord message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof framefleet.v1.ItemRecord
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {framefleet.v1.ItemRecord} ItemRecord
             */
            ItemRecord.fromObject = function (object, _depth) {
                if (object instanceof $root.framefleet.v1.ItemRecord)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".framefleet.v1.ItemRecord: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.framefleet.v1.ItemRecord();
                if (object.taskId != null)
                    if (typeof object.taskId !== "string" || object.taskId.length)
                        message.taskId = $String(object.taskId);
                if (object.runId != null)
                    if (typeof object.runId !== "string" || object.runId.length)
                        message.runId = $String(object.runId);
                if (object.itemKey != null)
                    if (typeof object.itemKey !== "string" || object.itemKey.length)
                        message.itemKey = $String(object.itemKey);
                if (object.prompt != null)
                    if (typeof object.prompt !== "string" || object.prompt.length)
                        message.prompt = $String(object.prompt);
                if (object.seed != null)
                    if (typeof object.seed === "object" ? object.seed.low || object.seed.high : $Number(object.seed) !== 0)
                        if ($util.Long)
                            message.seed = $util.Long.fromValue(object.seed, true);
                        else if (typeof object.seed === "string")
                            message.seed = $parseInt(object.seed, 10);
                        else if (typeof object.seed === "number")
                            message.seed = object.seed;
                        else if (typeof object.seed === "object")
                            message.seed = new $util.LongBits(object.seed.low >>> 0, object.seed.high >>> 0).toNumber(true);
                if (object.sampleIndex != null)
                    if ($Number(object.sampleIndex) !== 0)
                        message.sampleIndex = object.sampleIndex >>> 0;
                if (object.state !== 0 && (typeof object.state !== "string" || $root.framefleet.v1.ItemState[object.state] !== 0))
                    switch (object.state) {
                    case "ITEM_STATE_UNSPECIFIED":
                    case 0:
                        message.state = 0;
                        break;
                    case "ITEM_STATE_QUEUED":
                    case 1:
                        message.state = 1;
                        break;
                    case "ITEM_STATE_RUNNING":
                    case 2:
                        message.state = 2;
                        break;
                    case "ITEM_STATE_GENERATED":
                    case 3:
                        message.state = 3;
                        break;
                    case "ITEM_STATE_EVALUATING":
                    case 4:
                        message.state = 4;
                        break;
                    case "ITEM_STATE_DONE":
                    case 5:
                        message.state = 5;
                        break;
                    case "ITEM_STATE_FAILED":
                    case 6:
                        message.state = 6;
                        break;
                    default:
                        if (typeof object.state === "number" && (object.state | 0) === object.state)
                            message.state = object.state;
                    }
                if (object.attempts != null)
                    if ($Number(object.attempts) !== 0)
                        message.attempts = object.attempts >>> 0;
                if (object.node != null)
                    if (typeof object.node !== "string" || object.node.length)
                        message.node = $String(object.node);
                if (object.deviceUuid != null)
                    if (typeof object.deviceUuid !== "string" || object.deviceUuid.length)
                        message.deviceUuid = $String(object.deviceUuid);
                if (object.backend != null)
                    if (typeof object.backend !== "string" || object.backend.length)
                        message.backend = $String(object.backend);
                if (object.output != null) {
                    if (!$util.isObject(object.output))
                        throw $TypeError(".framefleet.v1.ItemRecord.output: object expected");
                    message.output = $root.framefleet.v1.OutputFile.fromObject(object.output, _depth + 1);
                }
                if (object.genTimings != null) {
                    if (!$util.isObject(object.genTimings))
                        throw $TypeError(".framefleet.v1.ItemRecord.genTimings: object expected");
                    message.genTimings = $root.framefleet.v1.Timings.fromObject(object.genTimings, _depth + 1);
                }
                if (object.evalTaskId != null)
                    if (typeof object.evalTaskId !== "string" || object.evalTaskId.length)
                        message.evalTaskId = $String(object.evalTaskId);
                if (object.evalTimings != null) {
                    if (!$util.isObject(object.evalTimings))
                        throw $TypeError(".framefleet.v1.ItemRecord.evalTimings: object expected");
                    message.evalTimings = $root.framefleet.v1.Timings.fromObject(object.evalTimings, _depth + 1);
                }
                if (object.scores) {
                    if (!$util.isObject(object.scores))
                        throw $TypeError(".framefleet.v1.ItemRecord.scores: object expected");
                    message.scores = {};
                    for (var keys = $Object.keys(object.scores), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.scores, keys[i]);
                        message.scores[keys[i]] = $Number(object.scores[keys[i]]);
                    }
                }
                if (object.errors) {
                    if (!$Array.isArray(object.errors))
                        throw $TypeError(".framefleet.v1.ItemRecord.errors: array expected");
                    message.errors = $Array(object.errors.length);
                    for (var i = 0; i < object.errors.length; ++i) {
                        if (!$util.isObject(object.errors[i]))
                            throw $TypeError(".framefleet.v1.ItemRecord.errors: object expected");
                        message.errors[i] = $root.framefleet.v1.TaskError.fromObject(object.errors[i], _depth + 1);
                    }
                }
                if (object.video != null) {
                    if (!$util.isObject(object.video))
                        throw $TypeError(".framefleet.v1.ItemRecord.video: object expected");
                    message.video = $root.framefleet.v1.VideoParams.fromObject(object.video, _depth + 1);
                }
                if (object.labels) {
                    if (!$util.isObject(object.labels))
                        throw $TypeError(".framefleet.v1.ItemRecord.labels: object expected");
                    message.labels = {};
                    for (var keys = $Object.keys(object.labels), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.labels, keys[i]);
                        message.labels[keys[i]] = $String(object.labels[keys[i]]);
                    }
                }
                if (object.evalNode != null)
                    if (typeof object.evalNode !== "string" || object.evalNode.length)
                        message.evalNode = $String(object.evalNode);
                if (object.outputPath != null)
                    if (typeof object.outputPath !== "string" || object.outputPath.length)
                        message.outputPath = $String(object.outputPath);
                if (object.inputs) {
                    if (!$util.isObject(object.inputs))
                        throw $TypeError(".framefleet.v1.ItemRecord.inputs: object expected");
                    message.inputs = {};
                    for (var keys = $Object.keys(object.inputs), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.inputs, keys[i]);
                        message.inputs[keys[i]] = $String(object.inputs[keys[i]]);
                    }
                }
                if (object.simulatedMs != null)
                    if ($Number(object.simulatedMs) !== 0)
                        message.simulatedMs = object.simulatedMs >>> 0;
                if (object.startedAtMs != null)
                    if (typeof object.startedAtMs === "object" ? object.startedAtMs.low || object.startedAtMs.high : $Number(object.startedAtMs) !== 0)
                        if ($util.Long)
                            message.startedAtMs = $util.Long.fromValue(object.startedAtMs, false);
                        else if (typeof object.startedAtMs === "string")
                            message.startedAtMs = $parseInt(object.startedAtMs, 10);
                        else if (typeof object.startedAtMs === "number")
                            message.startedAtMs = object.startedAtMs;
                        else if (typeof object.startedAtMs === "object")
                            message.startedAtMs = new $util.LongBits(object.startedAtMs.low >>> 0, object.startedAtMs.high >>> 0).toNumber();
                if (object.loads) {
                    if (!$Array.isArray(object.loads))
                        throw $TypeError(".framefleet.v1.ItemRecord.loads: array expected");
                    message.loads = $Array(object.loads.length);
                    for (var i = 0; i < object.loads.length; ++i) {
                        if (!$util.isObject(object.loads[i]))
                            throw $TypeError(".framefleet.v1.ItemRecord.loads: object expected");
                        message.loads[i] = $root.framefleet.v1.BackendLoad.fromObject(object.loads[i], _depth + 1);
                    }
                }
                if (object.params) {
                    if (!$util.isObject(object.params))
                        throw $TypeError(".framefleet.v1.ItemRecord.params: object expected");
                    message.params = {};
                    for (var keys = $Object.keys(object.params), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.params, keys[i]);
                        message.params[keys[i]] = $String(object.params[keys[i]]);
                    }
                }
                if (object.evalMetrics) {
                    if (!$Array.isArray(object.evalMetrics))
                        throw $TypeError(".framefleet.v1.ItemRecord.evalMetrics: array expected");
                    message.evalMetrics = $Array(object.evalMetrics.length);
                    for (var i = 0; i < object.evalMetrics.length; ++i)
                        message.evalMetrics[i] = $String(object.evalMetrics[i]);
                }
                if (object.evalInputs) {
                    if (!$util.isObject(object.evalInputs))
                        throw $TypeError(".framefleet.v1.ItemRecord.evalInputs: object expected");
                    message.evalInputs = {};
                    for (var keys = $Object.keys(object.evalInputs), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.evalInputs, keys[i]);
                        message.evalInputs[keys[i]] = $String(object.evalInputs[keys[i]]);
                    }
                }
                if (object.evalParams) {
                    if (!$util.isObject(object.evalParams))
                        throw $TypeError(".framefleet.v1.ItemRecord.evalParams: object expected");
                    message.evalParams = {};
                    for (var keys = $Object.keys(object.evalParams), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.evalParams, keys[i]);
                        message.evalParams[keys[i]] = $String(object.evalParams[keys[i]]);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from an ItemRecord message. Also converts values to other types if specified.
             * @function toObject
             * @memberof framefleet.v1.ItemRecord
             * @static
             * @param {framefleet.v1.ItemRecord} message ItemRecord
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ItemRecord.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.arrays || options.defaults) {
                    object.errors = [];
                    object.loads = [];
                    object.evalMetrics = [];
                }
                if (options.objects || options.defaults) {
                    object.scores = {};
                    object.labels = {};
                    object.inputs = {};
                    object.params = {};
                    object.evalInputs = {};
                    object.evalParams = {};
                }
                if (options.defaults) {
                    object.taskId = "";
                    object.runId = "";
                    object.itemKey = "";
                    object.prompt = "";
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, true);
                        object.seed = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seed = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.sampleIndex = 0;
                    object.state = options.enums === $String ? "ITEM_STATE_UNSPECIFIED" : 0;
                    object.attempts = 0;
                    object.node = "";
                    object.deviceUuid = "";
                    object.backend = "";
                    object.output = null;
                    object.genTimings = null;
                    object.evalTaskId = "";
                    object.evalTimings = null;
                    object.video = null;
                    object.evalNode = "";
                    object.outputPath = "";
                    object.simulatedMs = 0;
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, false);
                        object.startedAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.startedAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId"))
                    object.taskId = message.taskId;
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                    object.runId = message.runId;
                if (message.itemKey != null && $Object.hasOwnProperty.call(message, "itemKey"))
                    object.itemKey = message.itemKey;
                if (message.prompt != null && $Object.hasOwnProperty.call(message, "prompt"))
                    object.prompt = message.prompt;
                if (message.seed != null && $Object.hasOwnProperty.call(message, "seed"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seed = typeof message.seed === "number" ? $BigInt(message.seed) : $util.Long.fromBits(message.seed.low >>> 0, message.seed.high >>> 0, true).toBigInt();
                    else if (typeof message.seed === "number")
                        object.seed = options.longs === $String ? $String(message.seed) : message.seed;
                    else
                        object.seed = options.longs === $String ? $util.Long.prototype.toString.call(message.seed) : options.longs === $Number ? new $util.LongBits(message.seed.low >>> 0, message.seed.high >>> 0).toNumber(true) : message.seed;
                if (message.sampleIndex != null && $Object.hasOwnProperty.call(message, "sampleIndex"))
                    object.sampleIndex = message.sampleIndex;
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    object.state = options.enums === $String ? $root.framefleet.v1.ItemState[message.state] === $undefined ? message.state : $root.framefleet.v1.ItemState[message.state] : message.state;
                if (message.attempts != null && $Object.hasOwnProperty.call(message, "attempts"))
                    object.attempts = message.attempts;
                if (message.node != null && $Object.hasOwnProperty.call(message, "node"))
                    object.node = message.node;
                if (message.deviceUuid != null && $Object.hasOwnProperty.call(message, "deviceUuid"))
                    object.deviceUuid = message.deviceUuid;
                if (message.backend != null && $Object.hasOwnProperty.call(message, "backend"))
                    object.backend = message.backend;
                if (message.output != null && $Object.hasOwnProperty.call(message, "output"))
                    object.output = $root.framefleet.v1.OutputFile.toObject(message.output, options, _depth + 1);
                if (message.genTimings != null && $Object.hasOwnProperty.call(message, "genTimings"))
                    object.genTimings = $root.framefleet.v1.Timings.toObject(message.genTimings, options, _depth + 1);
                if (message.evalTaskId != null && $Object.hasOwnProperty.call(message, "evalTaskId"))
                    object.evalTaskId = message.evalTaskId;
                if (message.evalTimings != null && $Object.hasOwnProperty.call(message, "evalTimings"))
                    object.evalTimings = $root.framefleet.v1.Timings.toObject(message.evalTimings, options, _depth + 1);
                var keys2;
                if (message.scores && (keys2 = $Object.keys(message.scores)).length) {
                    object.scores = {};
                    for (var j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.scores, keys2[j]);
                        object.scores[keys2[j]] = options.json && !$isFinite(message.scores[keys2[j]]) ? $String(message.scores[keys2[j]]) : message.scores[keys2[j]];
                    }
                }
                if (message.errors && message.errors.length) {
                    object.errors = $Array(message.errors.length);
                    for (var j = 0; j < message.errors.length; ++j)
                        object.errors[j] = $root.framefleet.v1.TaskError.toObject(message.errors[j], options, _depth + 1);
                }
                if (message.video != null && $Object.hasOwnProperty.call(message, "video"))
                    object.video = $root.framefleet.v1.VideoParams.toObject(message.video, options, _depth + 1);
                if (message.labels && (keys2 = $Object.keys(message.labels)).length) {
                    object.labels = {};
                    for (var j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.labels, keys2[j]);
                        object.labels[keys2[j]] = message.labels[keys2[j]];
                    }
                }
                if (message.evalNode != null && $Object.hasOwnProperty.call(message, "evalNode"))
                    object.evalNode = message.evalNode;
                if (message.outputPath != null && $Object.hasOwnProperty.call(message, "outputPath"))
                    object.outputPath = message.outputPath;
                if (message.inputs && (keys2 = $Object.keys(message.inputs)).length) {
                    object.inputs = {};
                    for (var j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.inputs, keys2[j]);
                        object.inputs[keys2[j]] = message.inputs[keys2[j]];
                    }
                }
                if (message.simulatedMs != null && $Object.hasOwnProperty.call(message, "simulatedMs"))
                    object.simulatedMs = message.simulatedMs;
                if (message.startedAtMs != null && $Object.hasOwnProperty.call(message, "startedAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.startedAtMs = typeof message.startedAtMs === "number" ? $BigInt(message.startedAtMs) : $util.Long.fromBits(message.startedAtMs.low >>> 0, message.startedAtMs.high >>> 0, false).toBigInt();
                    else if (typeof message.startedAtMs === "number")
                        object.startedAtMs = options.longs === $String ? $String(message.startedAtMs) : message.startedAtMs;
                    else
                        object.startedAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.startedAtMs) : options.longs === $Number ? new $util.LongBits(message.startedAtMs.low >>> 0, message.startedAtMs.high >>> 0).toNumber() : message.startedAtMs;
                if (message.loads && message.loads.length) {
                    object.loads = $Array(message.loads.length);
                    for (var j = 0; j < message.loads.length; ++j)
                        object.loads[j] = $root.framefleet.v1.BackendLoad.toObject(message.loads[j], options, _depth + 1);
                }
                if (message.params && (keys2 = $Object.keys(message.params)).length) {
                    object.params = {};
                    for (var j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.params, keys2[j]);
                        object.params[keys2[j]] = message.params[keys2[j]];
                    }
                }
                if (message.evalMetrics && message.evalMetrics.length) {
                    object.evalMetrics = $Array(message.evalMetrics.length);
                    for (var j = 0; j < message.evalMetrics.length; ++j)
                        object.evalMetrics[j] = message.evalMetrics[j];
                }
                if (message.evalInputs && (keys2 = $Object.keys(message.evalInputs)).length) {
                    object.evalInputs = {};
                    for (var j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.evalInputs, keys2[j]);
                        object.evalInputs[keys2[j]] = message.evalInputs[keys2[j]];
                    }
                }
                if (message.evalParams && (keys2 = $Object.keys(message.evalParams)).length) {
                    object.evalParams = {};
                    for (var j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.evalParams, keys2[j]);
                        object.evalParams[keys2[j]] = message.evalParams[keys2[j]];
                    }
                }
                return object;
            };

            /**
             * Converts this ItemRecord to JSON.
             * @function toJSON
             * @memberof framefleet.v1.ItemRecord
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ItemRecord.prototype.toJSON = function() {
                return ItemRecord.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ItemRecord
             * @function getTypeUrl
             * @memberof framefleet.v1.ItemRecord
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ItemRecord.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/framefleet.v1.ItemRecord";
            };

            return ItemRecord;
        })();

        /**
         * NodeState enum.
         * @name framefleet.v1.NodeState
         * @enum {number}
         * @property {number} NODE_STATE_UNSPECIFIED=0 NODE_STATE_UNSPECIFIED value
         * @property {number} NODE_STATE_ACTIVE=1 NODE_STATE_ACTIVE value
         * @property {number} NODE_STATE_DRAINING=2 NODE_STATE_DRAINING value
         * @property {number} NODE_STATE_DRAINED=3 NODE_STATE_DRAINED value
         * @property {number} NODE_STATE_STOPPED=4 NODE_STATE_STOPPED value
         */
        v1.NodeState = (function() {
            var valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "NODE_STATE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "NODE_STATE_ACTIVE"] = 1;
            values[valuesById[2] = "NODE_STATE_DRAINING"] = 2;
            values[valuesById[3] = "NODE_STATE_DRAINED"] = 3;
            values[valuesById[4] = "NODE_STATE_STOPPED"] = 4;
            return values;
        })();

        v1.DeviceProcess = (function() {

            /**
             * Properties of a DeviceProcess.
             * @typedef {Object} framefleet.v1.DeviceProcess.$Properties
             * @property {number|null} [pid] DeviceProcess pid
             * @property {string|null} [name] DeviceProcess name
             * @property {number|null} [usedMib] DeviceProcess usedMib
             * @property {boolean|null} [ours] DeviceProcess ours
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DeviceProcess.
             * @memberof framefleet.v1
             * @interface IDeviceProcess
             * @augments framefleet.v1.DeviceProcess.$Properties
             * @deprecated Use framefleet.v1.DeviceProcess.$Properties instead.
             */

            /**
             * Shape of a DeviceProcess.
             * @typedef {framefleet.v1.DeviceProcess.$Properties} framefleet.v1.DeviceProcess.$Shape
             */

            /**
             * Constructs a new DeviceProcess.
             * @memberof framefleet.v1
             * @classdesc Represents a DeviceProcess.
             * @constructor
             * @param {framefleet.v1.DeviceProcess.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var DeviceProcess = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DeviceProcess pid.
             * @member {number} pid
             * @memberof framefleet.v1.DeviceProcess
             * @instance
             */
            DeviceProcess.prototype.pid = 0;

            /**
             * DeviceProcess name.
             * @member {string} name
             * @memberof framefleet.v1.DeviceProcess
             * @instance
             */
            DeviceProcess.prototype.name = "";

            /**
             * DeviceProcess usedMib.
             * @member {number} usedMib
             * @memberof framefleet.v1.DeviceProcess
             * @instance
             */
            DeviceProcess.prototype.usedMib = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * DeviceProcess ours.
             * @member {boolean} ours
             * @memberof framefleet.v1.DeviceProcess
             * @instance
             */
            DeviceProcess.prototype.ours = false;

            /**
             * Creates a new DeviceProcess instance using the specified properties.
             * @function create
             * @memberof framefleet.v1.DeviceProcess
             * @static
             * @param {framefleet.v1.DeviceProcess.$Properties=} [properties] Properties to set
             * @returns {framefleet.v1.DeviceProcess} DeviceProcess instance
             * @type {{
             *   (properties: framefleet.v1.DeviceProcess.$Shape): framefleet.v1.DeviceProcess & framefleet.v1.DeviceProcess.$Shape;
             *   (properties?: framefleet.v1.DeviceProcess.$Properties): framefleet.v1.DeviceProcess;
             * }}
             */
            DeviceProcess.create = function(properties) {
                return new DeviceProcess(properties);
            };

            /**
             * Encodes the specified DeviceProcess message. Does not implicitly {@link framefleet.v1.DeviceProcess.verify|verify} messages.
             * @function encode
             * @memberof framefleet.v1.DeviceProcess
             * @static
             * @param {framefleet.v1.DeviceProcess.$Properties} message DeviceProcess message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeviceProcess.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.pid != null && $Object.hasOwnProperty.call(message, "pid") && message.pid !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.pid);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
                if (message.usedMib != null && $Object.hasOwnProperty.call(message, "usedMib") && (typeof message.usedMib === "object" ? message.usedMib.low || message.usedMib.high : message.usedMib !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.usedMib);
                if (message.ours != null && $Object.hasOwnProperty.call(message, "ours") && message.ours !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.ours);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified DeviceProcess message, length delimited. Does not implicitly {@link framefleet.v1.DeviceProcess.verify|verify} messages.
             * @function encodeDelimited
             * @memberof framefleet.v1.DeviceProcess
             * @static
             * @param {framefleet.v1.DeviceProcess.$Properties} message DeviceProcess message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeviceProcess.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a DeviceProcess message from the specified reader or buffer.
             * @function decode
             * @memberof framefleet.v1.DeviceProcess
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {framefleet.v1.DeviceProcess & framefleet.v1.DeviceProcess.$Shape} DeviceProcess
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeviceProcess.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.framefleet.v1.DeviceProcess();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.pid = value;
                            else
                                delete message.pid;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.usedMib = value;
                            else
                                delete message.usedMib;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.ours = value;
                            else
                                delete message.ours;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a DeviceProcess message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof framefleet.v1.DeviceProcess
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {framefleet.v1.DeviceProcess & framefleet.v1.DeviceProcess.$Shape} DeviceProcess
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeviceProcess.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a DeviceProcess message.
             * @function verify
             * @memberof framefleet.v1.DeviceProcess
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DeviceProcess.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.pid != null && $Object.hasOwnProperty.call(message, "pid"))
                    if (!$util.isInteger(message.pid))
                        return "pid: integer expected";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.usedMib != null && $Object.hasOwnProperty.call(message, "usedMib"))
                    if (!$util.isInteger(message.usedMib) && !(message.usedMib && $util.isInteger(message.usedMib.low) && $util.isInteger(message.usedMib.high)))
                        return "usedMib: integer|Long expected";
                if (message.ours != null && $Object.hasOwnProperty.call(message, "ours"))
                    if (typeof message.ours !== "boolean")
                        return "ours: boolean expected";
                return null;
            };

            /**
             * Creates a DeviceProcess message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof framefleet.v1.DeviceProcess
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {framefleet.v1.DeviceProcess} DeviceProcess
             */
            DeviceProcess.fromObject = function (object, _depth) {
                if (object instanceof $root.framefleet.v1.DeviceProcess)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".framefleet.v1.DeviceProcess: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.framefleet.v1.DeviceProcess();
                if (object.pid != null)
                    if ($Number(object.pid) !== 0)
                        message.pid = object.pid >>> 0;
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.usedMib != null)
                    if (typeof object.usedMib === "object" ? object.usedMib.low || object.usedMib.high : $Number(object.usedMib) !== 0)
                        if ($util.Long)
                            message.usedMib = $util.Long.fromValue(object.usedMib, true);
                        else if (typeof object.usedMib === "string")
                            message.usedMib = $parseInt(object.usedMib, 10);
                        else if (typeof object.usedMib === "number")
                            message.usedMib = object.usedMib;
                        else if (typeof object.usedMib === "object")
                            message.usedMib = new $util.LongBits(object.usedMib.low >>> 0, object.usedMib.high >>> 0).toNumber(true);
                if (object.ours != null)
                    if (object.ours)
                        message.ours = $Boolean(object.ours);
                return message;
            };

            /**
             * Creates a plain object from a DeviceProcess message. Also converts values to other types if specified.
             * @function toObject
             * @memberof framefleet.v1.DeviceProcess
             * @static
             * @param {framefleet.v1.DeviceProcess} message DeviceProcess
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DeviceProcess.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.pid = 0;
                    object.name = "";
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, true);
                        object.usedMib = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.usedMib = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.ours = false;
                }
                if (message.pid != null && $Object.hasOwnProperty.call(message, "pid"))
                    object.pid = message.pid;
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.usedMib != null && $Object.hasOwnProperty.call(message, "usedMib"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.usedMib = typeof message.usedMib === "number" ? $BigInt(message.usedMib) : $util.Long.fromBits(message.usedMib.low >>> 0, message.usedMib.high >>> 0, true).toBigInt();
                    else if (typeof message.usedMib === "number")
                        object.usedMib = options.longs === $String ? $String(message.usedMib) : message.usedMib;
                    else
                        object.usedMib = options.longs === $String ? $util.Long.prototype.toString.call(message.usedMib) : options.longs === $Number ? new $util.LongBits(message.usedMib.low >>> 0, message.usedMib.high >>> 0).toNumber(true) : message.usedMib;
                if (message.ours != null && $Object.hasOwnProperty.call(message, "ours"))
                    object.ours = message.ours;
                return object;
            };

            /**
             * Converts this DeviceProcess to JSON.
             * @function toJSON
             * @memberof framefleet.v1.DeviceProcess
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DeviceProcess.prototype.toJSON = function() {
                return DeviceProcess.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DeviceProcess
             * @function getTypeUrl
             * @memberof framefleet.v1.DeviceProcess
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DeviceProcess.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/framefleet.v1.DeviceProcess";
            };

            return DeviceProcess;
        })();

        v1.DeviceStatus = (function() {

            /**
             * Properties of a DeviceStatus.
             * @typedef {Object} framefleet.v1.DeviceStatus.$Properties
             * @property {string|null} [uuid] DeviceStatus uuid
             * @property {string|null} [name] DeviceStatus name
             * @property {number|null} [index] DeviceStatus index
             * @property {number|null} [totalMib] DeviceStatus totalMib
             * @property {number|null} [usedMib] DeviceStatus usedMib
             * @property {number|null} [freeMib] DeviceStatus freeMib
             * @property {number|null} [foreignMib] DeviceStatus foreignMib
             * @property {number|null} [utilisationPct] DeviceStatus utilisationPct
             * @property {Array.<framefleet.v1.DeviceProcess.$Properties>|null} [processes] DeviceStatus processes
             * @property {string|null} [runningTaskId] DeviceStatus runningTaskId
             * @property {string|null} [runningBackend] DeviceStatus runningBackend
             * @property {string|null} [loadedBackend] DeviceStatus loadedBackend
             * @property {number|null} [coolingUntilMs] DeviceStatus coolingUntilMs
             * @property {string|null} [source] DeviceStatus source
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DeviceStatus.
             * @memberof framefleet.v1
             * @interface IDeviceStatus
             * @augments framefleet.v1.DeviceStatus.$Properties
             * @deprecated Use framefleet.v1.DeviceStatus.$Properties instead.
             */

            /**
             * Shape of a DeviceStatus.
             * @typedef {framefleet.v1.DeviceStatus.$Properties} framefleet.v1.DeviceStatus.$Shape
             */

            /**
             * Constructs a new DeviceStatus.
             * @memberof framefleet.v1
             * @classdesc Represents a DeviceStatus.
             * @constructor
             * @param {framefleet.v1.DeviceStatus.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var DeviceStatus = function (properties) {
                this.processes = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DeviceStatus uuid.
             * @member {string} uuid
             * @memberof framefleet.v1.DeviceStatus
             * @instance
             */
            DeviceStatus.prototype.uuid = "";

            /**
             * DeviceStatus name.
             * @member {string} name
             * @memberof framefleet.v1.DeviceStatus
             * @instance
             */
            DeviceStatus.prototype.name = "";

            /**
             * DeviceStatus index.
             * @member {number} index
             * @memberof framefleet.v1.DeviceStatus
             * @instance
             */
            DeviceStatus.prototype.index = 0;

            /**
             * DeviceStatus totalMib.
             * @member {number} totalMib
             * @memberof framefleet.v1.DeviceStatus
             * @instance
             */
            DeviceStatus.prototype.totalMib = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * DeviceStatus usedMib.
             * @member {number} usedMib
             * @memberof framefleet.v1.DeviceStatus
             * @instance
             */
            DeviceStatus.prototype.usedMib = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * DeviceStatus freeMib.
             * @member {number} freeMib
             * @memberof framefleet.v1.DeviceStatus
             * @instance
             */
            DeviceStatus.prototype.freeMib = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * DeviceStatus foreignMib.
             * @member {number} foreignMib
             * @memberof framefleet.v1.DeviceStatus
             * @instance
             */
            DeviceStatus.prototype.foreignMib = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * DeviceStatus utilisationPct.
             * @member {number} utilisationPct
             * @memberof framefleet.v1.DeviceStatus
             * @instance
             */
            DeviceStatus.prototype.utilisationPct = 0;

            /**
             * DeviceStatus processes.
             * @member {Array.<framefleet.v1.DeviceProcess.$Properties>} processes
             * @memberof framefleet.v1.DeviceStatus
             * @instance
             */
            DeviceStatus.prototype.processes = $util.emptyArray;

            /**
             * DeviceStatus runningTaskId.
             * @member {string} runningTaskId
             * @memberof framefleet.v1.DeviceStatus
             * @instance
             */
            DeviceStatus.prototype.runningTaskId = "";

            /**
             * DeviceStatus runningBackend.
             * @member {string} runningBackend
             * @memberof framefleet.v1.DeviceStatus
             * @instance
             */
            DeviceStatus.prototype.runningBackend = "";

            /**
             * DeviceStatus loadedBackend.
             * @member {string} loadedBackend
             * @memberof framefleet.v1.DeviceStatus
             * @instance
             */
            DeviceStatus.prototype.loadedBackend = "";

            /**
             * DeviceStatus coolingUntilMs.
             * @member {number} coolingUntilMs
             * @memberof framefleet.v1.DeviceStatus
             * @instance
             */
            DeviceStatus.prototype.coolingUntilMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * DeviceStatus source.
             * @member {string} source
             * @memberof framefleet.v1.DeviceStatus
             * @instance
             */
            DeviceStatus.prototype.source = "";

            /**
             * Creates a new DeviceStatus instance using the specified properties.
             * @function create
             * @memberof framefleet.v1.DeviceStatus
             * @static
             * @param {framefleet.v1.DeviceStatus.$Properties=} [properties] Properties to set
             * @returns {framefleet.v1.DeviceStatus} DeviceStatus instance
             * @type {{
             *   (properties: framefleet.v1.DeviceStatus.$Shape): framefleet.v1.DeviceStatus & framefleet.v1.DeviceStatus.$Shape;
             *   (properties?: framefleet.v1.DeviceStatus.$Properties): framefleet.v1.DeviceStatus;
             * }}
             */
            DeviceStatus.create = function(properties) {
                return new DeviceStatus(properties);
            };

            /**
             * Encodes the specified DeviceStatus message. Does not implicitly {@link framefleet.v1.DeviceStatus.verify|verify} messages.
             * @function encode
             * @memberof framefleet.v1.DeviceStatus
             * @static
             * @param {framefleet.v1.DeviceStatus.$Properties} message DeviceStatus message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeviceStatus.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.uuid != null && $Object.hasOwnProperty.call(message, "uuid") && message.uuid !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.uuid);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
                if (message.index != null && $Object.hasOwnProperty.call(message, "index") && message.index !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.index);
                if (message.totalMib != null && $Object.hasOwnProperty.call(message, "totalMib") && (typeof message.totalMib === "object" ? message.totalMib.low || message.totalMib.high : message.totalMib !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.totalMib);
                if (message.usedMib != null && $Object.hasOwnProperty.call(message, "usedMib") && (typeof message.usedMib === "object" ? message.usedMib.low || message.usedMib.high : message.usedMib !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.usedMib);
                if (message.freeMib != null && $Object.hasOwnProperty.call(message, "freeMib") && (typeof message.freeMib === "object" ? message.freeMib.low || message.freeMib.high : message.freeMib !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.freeMib);
                if (message.foreignMib != null && $Object.hasOwnProperty.call(message, "foreignMib") && (typeof message.foreignMib === "object" ? message.foreignMib.low || message.foreignMib.high : message.foreignMib !== 0))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.foreignMib);
                if (message.utilisationPct != null && $Object.hasOwnProperty.call(message, "utilisationPct") && message.utilisationPct !== 0)
                    writer.uint32(/* id 8, wireType 0 =*/64).int32(message.utilisationPct);
                if (message.processes != null && message.processes.length)
                    for (var i = 0; i < message.processes.length; ++i)
                        $root.framefleet.v1.DeviceProcess.encode(message.processes[i], writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.runningTaskId != null && $Object.hasOwnProperty.call(message, "runningTaskId") && message.runningTaskId !== "")
                    writer.uint32(/* id 10, wireType 2 =*/82).string(message.runningTaskId);
                if (message.runningBackend != null && $Object.hasOwnProperty.call(message, "runningBackend") && message.runningBackend !== "")
                    writer.uint32(/* id 11, wireType 2 =*/90).string(message.runningBackend);
                if (message.loadedBackend != null && $Object.hasOwnProperty.call(message, "loadedBackend") && message.loadedBackend !== "")
                    writer.uint32(/* id 12, wireType 2 =*/98).string(message.loadedBackend);
                if (message.coolingUntilMs != null && $Object.hasOwnProperty.call(message, "coolingUntilMs") && (typeof message.coolingUntilMs === "object" ? message.coolingUntilMs.low || message.coolingUntilMs.high : message.coolingUntilMs !== 0))
                    writer.uint32(/* id 13, wireType 0 =*/104).int64(message.coolingUntilMs);
                if (message.source != null && $Object.hasOwnProperty.call(message, "source") && message.source !== "")
                    writer.uint32(/* id 14, wireType 2 =*/114).string(message.source);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified DeviceStatus message, length delimited. Does not implicitly {@link framefleet.v1.DeviceStatus.verify|verify} messages.
             * @function encodeDelimited
             * @memberof framefleet.v1.DeviceStatus
             * @static
             * @param {framefleet.v1.DeviceStatus.$Properties} message DeviceStatus message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeviceStatus.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a DeviceStatus message from the specified reader or buffer.
             * @function decode
             * @memberof framefleet.v1.DeviceStatus
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {framefleet.v1.DeviceStatus & framefleet.v1.DeviceStatus.$Shape} DeviceStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeviceStatus.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.framefleet.v1.DeviceStatus();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.uuid = value;
                            else
                                delete message.uuid;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.index = value;
                            else
                                delete message.index;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.totalMib = value;
                            else
                                delete message.totalMib;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.usedMib = value;
                            else
                                delete message.usedMib;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.freeMib = value;
                            else
                                delete message.freeMib;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.foreignMib = value;
                            else
                                delete message.foreignMib;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.utilisationPct = value;
                            else
                                delete message.utilisationPct;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if (!(message.processes && message.processes.length))
                                message.processes = [];
                            message.processes.push($root.framefleet.v1.DeviceProcess.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.runningTaskId = value;
                            else
                                delete message.runningTaskId;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.runningBackend = value;
                            else
                                delete message.runningBackend;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.loadedBackend = value;
                            else
                                delete message.loadedBackend;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.coolingUntilMs = value;
                            else
                                delete message.coolingUntilMs;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.source = value;
                            else
                                delete message.source;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a DeviceStatus message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof framefleet.v1.DeviceStatus
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {framefleet.v1.DeviceStatus & framefleet.v1.DeviceStatus.$Shape} DeviceStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeviceStatus.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a DeviceStatus message.
             * @function verify
             * @memberof framefleet.v1.DeviceStatus
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DeviceStatus.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.uuid != null && $Object.hasOwnProperty.call(message, "uuid"))
                    if (!$util.isString(message.uuid))
                        return "uuid: string expected";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                    if (!$util.isInteger(message.index))
                        return "index: integer expected";
                if (message.totalMib != null && $Object.hasOwnProperty.call(message, "totalMib"))
                    if (!$util.isInteger(message.totalMib) && !(message.totalMib && $util.isInteger(message.totalMib.low) && $util.isInteger(message.totalMib.high)))
                        return "totalMib: integer|Long expected";
                if (message.usedMib != null && $Object.hasOwnProperty.call(message, "usedMib"))
                    if (!$util.isInteger(message.usedMib) && !(message.usedMib && $util.isInteger(message.usedMib.low) && $util.isInteger(message.usedMib.high)))
                        return "usedMib: integer|Long expected";
                if (message.freeMib != null && $Object.hasOwnProperty.call(message, "freeMib"))
                    if (!$util.isInteger(message.freeMib) && !(message.freeMib && $util.isInteger(message.freeMib.low) && $util.isInteger(message.freeMib.high)))
                        return "freeMib: integer|Long expected";
                if (message.foreignMib != null && $Object.hasOwnProperty.call(message, "foreignMib"))
                    if (!$util.isInteger(message.foreignMib) && !(message.foreignMib && $util.isInteger(message.foreignMib.low) && $util.isInteger(message.foreignMib.high)))
                        return "foreignMib: integer|Long expected";
                if (message.utilisationPct != null && $Object.hasOwnProperty.call(message, "utilisationPct"))
                    if (!$util.isInteger(message.utilisationPct))
                        return "utilisationPct: integer expected";
                if (message.processes != null && $Object.hasOwnProperty.call(message, "processes")) {
                    if (!$Array.isArray(message.processes))
                        return "processes: array expected";
                    for (var i = 0; i < message.processes.length; ++i) {
                        var error = $root.framefleet.v1.DeviceProcess.verify(message.processes[i], _depth + 1);
                        if (error)
                            return "processes." + error;
                    }
                }
                if (message.runningTaskId != null && $Object.hasOwnProperty.call(message, "runningTaskId"))
                    if (!$util.isString(message.runningTaskId))
                        return "runningTaskId: string expected";
                if (message.runningBackend != null && $Object.hasOwnProperty.call(message, "runningBackend"))
                    if (!$util.isString(message.runningBackend))
                        return "runningBackend: string expected";
                if (message.loadedBackend != null && $Object.hasOwnProperty.call(message, "loadedBackend"))
                    if (!$util.isString(message.loadedBackend))
                        return "loadedBackend: string expected";
                if (message.coolingUntilMs != null && $Object.hasOwnProperty.call(message, "coolingUntilMs"))
                    if (!$util.isInteger(message.coolingUntilMs) && !(message.coolingUntilMs && $util.isInteger(message.coolingUntilMs.low) && $util.isInteger(message.coolingUntilMs.high)))
                        return "coolingUntilMs: integer|Long expected";
                if (message.source != null && $Object.hasOwnProperty.call(message, "source"))
                    if (!$util.isString(message.source))
                        return "source: string expected";
                return null;
            };

            /**
             * Creates a DeviceStatus message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof framefleet.v1.DeviceStatus
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {framefleet.v1.DeviceStatus} DeviceStatus
             */
            DeviceStatus.fromObject = function (object, _depth) {
                if (object instanceof $root.framefleet.v1.DeviceStatus)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".framefleet.v1.DeviceStatus: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.framefleet.v1.DeviceStatus();
                if (object.uuid != null)
                    if (typeof object.uuid !== "string" || object.uuid.length)
                        message.uuid = $String(object.uuid);
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.index != null)
                    if ($Number(object.index) !== 0)
                        message.index = object.index >>> 0;
                if (object.totalMib != null)
                    if (typeof object.totalMib === "object" ? object.totalMib.low || object.totalMib.high : $Number(object.totalMib) !== 0)
                        if ($util.Long)
                            message.totalMib = $util.Long.fromValue(object.totalMib, true);
                        else if (typeof object.totalMib === "string")
                            message.totalMib = $parseInt(object.totalMib, 10);
                        else if (typeof object.totalMib === "number")
                            message.totalMib = object.totalMib;
                        else if (typeof object.totalMib === "object")
                            message.totalMib = new $util.LongBits(object.totalMib.low >>> 0, object.totalMib.high >>> 0).toNumber(true);
                if (object.usedMib != null)
                    if (typeof object.usedMib === "object" ? object.usedMib.low || object.usedMib.high : $Number(object.usedMib) !== 0)
                        if ($util.Long)
                            message.usedMib = $util.Long.fromValue(object.usedMib, true);
                        else if (typeof object.usedMib === "string")
                            message.usedMib = $parseInt(object.usedMib, 10);
                        else if (typeof object.usedMib === "number")
                            message.usedMib = object.usedMib;
                        else if (typeof object.usedMib === "object")
                            message.usedMib = new $util.LongBits(object.usedMib.low >>> 0, object.usedMib.high >>> 0).toNumber(true);
                if (object.freeMib != null)
                    if (typeof object.freeMib === "object" ? object.freeMib.low || object.freeMib.high : $Number(object.freeMib) !== 0)
                        if ($util.Long)
                            message.freeMib = $util.Long.fromValue(object.freeMib, true);
                        else if (typeof object.freeMib === "string")
                            message.freeMib = $parseInt(object.freeMib, 10);
                        else if (typeof object.freeMib === "number")
                            message.freeMib = object.freeMib;
                        else if (typeof object.freeMib === "object")
                            message.freeMib = new $util.LongBits(object.freeMib.low >>> 0, object.freeMib.high >>> 0).toNumber(true);
                if (object.foreignMib != null)
                    if (typeof object.foreignMib === "object" ? object.foreignMib.low || object.foreignMib.high : $Number(object.foreignMib) !== 0)
                        if ($util.Long)
                            message.foreignMib = $util.Long.fromValue(object.foreignMib, true);
                        else if (typeof object.foreignMib === "string")
                            message.foreignMib = $parseInt(object.foreignMib, 10);
                        else if (typeof object.foreignMib === "number")
                            message.foreignMib = object.foreignMib;
                        else if (typeof object.foreignMib === "object")
                            message.foreignMib = new $util.LongBits(object.foreignMib.low >>> 0, object.foreignMib.high >>> 0).toNumber(true);
                if (object.utilisationPct != null)
                    if ($Number(object.utilisationPct) !== 0)
                        message.utilisationPct = object.utilisationPct | 0;
                if (object.processes) {
                    if (!$Array.isArray(object.processes))
                        throw $TypeError(".framefleet.v1.DeviceStatus.processes: array expected");
                    message.processes = $Array(object.processes.length);
                    for (var i = 0; i < object.processes.length; ++i) {
                        if (!$util.isObject(object.processes[i]))
                            throw $TypeError(".framefleet.v1.DeviceStatus.processes: object expected");
                        message.processes[i] = $root.framefleet.v1.DeviceProcess.fromObject(object.processes[i], _depth + 1);
                    }
                }
                if (object.runningTaskId != null)
                    if (typeof object.runningTaskId !== "string" || object.runningTaskId.length)
                        message.runningTaskId = $String(object.runningTaskId);
                if (object.runningBackend != null)
                    if (typeof object.runningBackend !== "string" || object.runningBackend.length)
                        message.runningBackend = $String(object.runningBackend);
                if (object.loadedBackend != null)
                    if (typeof object.loadedBackend !== "string" || object.loadedBackend.length)
                        message.loadedBackend = $String(object.loadedBackend);
                if (object.coolingUntilMs != null)
                    if (typeof object.coolingUntilMs === "object" ? object.coolingUntilMs.low || object.coolingUntilMs.high : $Number(object.coolingUntilMs) !== 0)
                        if ($util.Long)
                            message.coolingUntilMs = $util.Long.fromValue(object.coolingUntilMs, false);
                        else if (typeof object.coolingUntilMs === "string")
                            message.coolingUntilMs = $parseInt(object.coolingUntilMs, 10);
                        else if (typeof object.coolingUntilMs === "number")
                            message.coolingUntilMs = object.coolingUntilMs;
                        else if (typeof object.coolingUntilMs === "object")
                            message.coolingUntilMs = new $util.LongBits(object.coolingUntilMs.low >>> 0, object.coolingUntilMs.high >>> 0).toNumber();
                if (object.source != null)
                    if (typeof object.source !== "string" || object.source.length)
                        message.source = $String(object.source);
                return message;
            };

            /**
             * Creates a plain object from a DeviceStatus message. Also converts values to other types if specified.
             * @function toObject
             * @memberof framefleet.v1.DeviceStatus
             * @static
             * @param {framefleet.v1.DeviceStatus} message DeviceStatus
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DeviceStatus.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.arrays || options.defaults)
                    object.processes = [];
                if (options.defaults) {
                    object.uuid = "";
                    object.name = "";
                    object.index = 0;
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, true);
                        object.totalMib = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.totalMib = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, true);
                        object.usedMib = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.usedMib = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, true);
                        object.freeMib = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.freeMib = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, true);
                        object.foreignMib = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.foreignMib = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.utilisationPct = 0;
                    object.runningTaskId = "";
                    object.runningBackend = "";
                    object.loadedBackend = "";
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, false);
                        object.coolingUntilMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.coolingUntilMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.source = "";
                }
                if (message.uuid != null && $Object.hasOwnProperty.call(message, "uuid"))
                    object.uuid = message.uuid;
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                    object.index = message.index;
                if (message.totalMib != null && $Object.hasOwnProperty.call(message, "totalMib"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.totalMib = typeof message.totalMib === "number" ? $BigInt(message.totalMib) : $util.Long.fromBits(message.totalMib.low >>> 0, message.totalMib.high >>> 0, true).toBigInt();
                    else if (typeof message.totalMib === "number")
                        object.totalMib = options.longs === $String ? $String(message.totalMib) : message.totalMib;
                    else
                        object.totalMib = options.longs === $String ? $util.Long.prototype.toString.call(message.totalMib) : options.longs === $Number ? new $util.LongBits(message.totalMib.low >>> 0, message.totalMib.high >>> 0).toNumber(true) : message.totalMib;
                if (message.usedMib != null && $Object.hasOwnProperty.call(message, "usedMib"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.usedMib = typeof message.usedMib === "number" ? $BigInt(message.usedMib) : $util.Long.fromBits(message.usedMib.low >>> 0, message.usedMib.high >>> 0, true).toBigInt();
                    else if (typeof message.usedMib === "number")
                        object.usedMib = options.longs === $String ? $String(message.usedMib) : message.usedMib;
                    else
                        object.usedMib = options.longs === $String ? $util.Long.prototype.toString.call(message.usedMib) : options.longs === $Number ? new $util.LongBits(message.usedMib.low >>> 0, message.usedMib.high >>> 0).toNumber(true) : message.usedMib;
                if (message.freeMib != null && $Object.hasOwnProperty.call(message, "freeMib"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.freeMib = typeof message.freeMib === "number" ? $BigInt(message.freeMib) : $util.Long.fromBits(message.freeMib.low >>> 0, message.freeMib.high >>> 0, true).toBigInt();
                    else if (typeof message.freeMib === "number")
                        object.freeMib = options.longs === $String ? $String(message.freeMib) : message.freeMib;
                    else
                        object.freeMib = options.longs === $String ? $util.Long.prototype.toString.call(message.freeMib) : options.longs === $Number ? new $util.LongBits(message.freeMib.low >>> 0, message.freeMib.high >>> 0).toNumber(true) : message.freeMib;
                if (message.foreignMib != null && $Object.hasOwnProperty.call(message, "foreignMib"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.foreignMib = typeof message.foreignMib === "number" ? $BigInt(message.foreignMib) : $util.Long.fromBits(message.foreignMib.low >>> 0, message.foreignMib.high >>> 0, true).toBigInt();
                    else if (typeof message.foreignMib === "number")
                        object.foreignMib = options.longs === $String ? $String(message.foreignMib) : message.foreignMib;
                    else
                        object.foreignMib = options.longs === $String ? $util.Long.prototype.toString.call(message.foreignMib) : options.longs === $Number ? new $util.LongBits(message.foreignMib.low >>> 0, message.foreignMib.high >>> 0).toNumber(true) : message.foreignMib;
                if (message.utilisationPct != null && $Object.hasOwnProperty.call(message, "utilisationPct"))
                    object.utilisationPct = message.utilisationPct;
                if (message.processes && message.processes.length) {
                    object.processes = $Array(message.processes.length);
                    for (var j = 0; j < message.processes.length; ++j)
                        object.processes[j] = $root.framefleet.v1.DeviceProcess.toObject(message.processes[j], options, _depth + 1);
                }
                if (message.runningTaskId != null && $Object.hasOwnProperty.call(message, "runningTaskId"))
                    object.runningTaskId = message.runningTaskId;
                if (message.runningBackend != null && $Object.hasOwnProperty.call(message, "runningBackend"))
                    object.runningBackend = message.runningBackend;
                if (message.loadedBackend != null && $Object.hasOwnProperty.call(message, "loadedBackend"))
                    object.loadedBackend = message.loadedBackend;
                if (message.coolingUntilMs != null && $Object.hasOwnProperty.call(message, "coolingUntilMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.coolingUntilMs = typeof message.coolingUntilMs === "number" ? $BigInt(message.coolingUntilMs) : $util.Long.fromBits(message.coolingUntilMs.low >>> 0, message.coolingUntilMs.high >>> 0, false).toBigInt();
                    else if (typeof message.coolingUntilMs === "number")
                        object.coolingUntilMs = options.longs === $String ? $String(message.coolingUntilMs) : message.coolingUntilMs;
                    else
                        object.coolingUntilMs = options.longs === $String ? $util.Long.prototype.toString.call(message.coolingUntilMs) : options.longs === $Number ? new $util.LongBits(message.coolingUntilMs.low >>> 0, message.coolingUntilMs.high >>> 0).toNumber() : message.coolingUntilMs;
                if (message.source != null && $Object.hasOwnProperty.call(message, "source"))
                    object.source = message.source;
                return object;
            };

            /**
             * Converts this DeviceStatus to JSON.
             * @function toJSON
             * @memberof framefleet.v1.DeviceStatus
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DeviceStatus.prototype.toJSON = function() {
                return DeviceStatus.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DeviceStatus
             * @function getTypeUrl
             * @memberof framefleet.v1.DeviceStatus
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DeviceStatus.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/framefleet.v1.DeviceStatus";
            };

            return DeviceStatus;
        })();

        v1.NodeAdvert = (function() {

            /**
             * Properties of a NodeAdvert.
             * @typedef {Object} framefleet.v1.NodeAdvert.$Properties
             * @property {string|null} [node] NodeAdvert node
             * @property {string|null} [role] NodeAdvert role
             * @property {framefleet.v1.NodeState|null} [state] NodeAdvert state
             * @property {string|null} [version] NodeAdvert version
             * @property {Array.<string>|null} [backends] NodeAdvert backends
             * @property {Array.<framefleet.v1.DeviceStatus.$Properties>|null} [devices] NodeAdvert devices
             * @property {number|null} [sentAtMs] NodeAdvert sentAtMs
             * @property {number|null} [startedAtMs] NodeAdvert startedAtMs
             * @property {string|null} [metricsUrl] NodeAdvert metricsUrl
             * @property {number|null} [tasksDone] NodeAdvert tasksDone
             * @property {number|null} [tasksFailed] NodeAdvert tasksFailed
             * @property {number|null} [advertIntervalMs] NodeAdvert advertIntervalMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NodeAdvert.
             * @memberof framefleet.v1
             * @interface INodeAdvert
             * @augments framefleet.v1.NodeAdvert.$Properties
             * @deprecated Use framefleet.v1.NodeAdvert.$Properties instead.
             */

            /**
             * Shape of a NodeAdvert.
             * @typedef {framefleet.v1.NodeAdvert.$Properties} framefleet.v1.NodeAdvert.$Shape
             */

            /**
             * Constructs a new NodeAdvert.
             * @memberof framefleet.v1
             * @classdesc Represents a NodeAdvert.
             * @constructor
             * @param {framefleet.v1.NodeAdvert.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var NodeAdvert = function (properties) {
                this.backends = [];
                this.devices = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * NodeAdvert node.
             * @member {string} node
             * @memberof framefleet.v1.NodeAdvert
             * @instance
             */
            NodeAdvert.prototype.node = "";

            /**
             * NodeAdvert role.
             * @member {string} role
             * @memberof framefleet.v1.NodeAdvert
             * @instance
             */
            NodeAdvert.prototype.role = "";

            /**
             * NodeAdvert state.
             * @member {framefleet.v1.NodeState} state
             * @memberof framefleet.v1.NodeAdvert
             * @instance
             */
            NodeAdvert.prototype.state = 0;

            /**
             * NodeAdvert version.
             * @member {string} version
             * @memberof framefleet.v1.NodeAdvert
             * @instance
             */
            NodeAdvert.prototype.version = "";

            /**
             * NodeAdvert backends.
             * @member {Array.<string>} backends
             * @memberof framefleet.v1.NodeAdvert
             * @instance
             */
            NodeAdvert.prototype.backends = $util.emptyArray;

            /**
             * NodeAdvert devices.
             * @member {Array.<framefleet.v1.DeviceStatus.$Properties>} devices
             * @memberof framefleet.v1.NodeAdvert
             * @instance
             */
            NodeAdvert.prototype.devices = $util.emptyArray;

            /**
             * NodeAdvert sentAtMs.
             * @member {number} sentAtMs
             * @memberof framefleet.v1.NodeAdvert
             * @instance
             */
            NodeAdvert.prototype.sentAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * NodeAdvert startedAtMs.
             * @member {number} startedAtMs
             * @memberof framefleet.v1.NodeAdvert
             * @instance
             */
            NodeAdvert.prototype.startedAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * NodeAdvert metricsUrl.
             * @member {string} metricsUrl
             * @memberof framefleet.v1.NodeAdvert
             * @instance
             */
            NodeAdvert.prototype.metricsUrl = "";

            /**
             * NodeAdvert tasksDone.
             * @member {number} tasksDone
             * @memberof framefleet.v1.NodeAdvert
             * @instance
             */
            NodeAdvert.prototype.tasksDone = 0;

            /**
             * NodeAdvert tasksFailed.
             * @member {number} tasksFailed
             * @memberof framefleet.v1.NodeAdvert
             * @instance
             */
            NodeAdvert.prototype.tasksFailed = 0;

            /**
             * NodeAdvert advertIntervalMs.
             * @member {number} advertIntervalMs
             * @memberof framefleet.v1.NodeAdvert
             * @instance
             */
            NodeAdvert.prototype.advertIntervalMs = 0;

            /**
             * Creates a new NodeAdvert instance using the specified properties.
             * @function create
             * @memberof framefleet.v1.NodeAdvert
             * @static
             * @param {framefleet.v1.NodeAdvert.$Properties=} [properties] Properties to set
             * @returns {framefleet.v1.NodeAdvert} NodeAdvert instance
             * @type {{
             *   (properties: framefleet.v1.NodeAdvert.$Shape): framefleet.v1.NodeAdvert & framefleet.v1.NodeAdvert.$Shape;
             *   (properties?: framefleet.v1.NodeAdvert.$Properties): framefleet.v1.NodeAdvert;
             * }}
             */
            NodeAdvert.create = function(properties) {
                return new NodeAdvert(properties);
            };

            /**
             * Encodes the specified NodeAdvert message. Does not implicitly {@link framefleet.v1.NodeAdvert.verify|verify} messages.
             * @function encode
             * @memberof framefleet.v1.NodeAdvert
             * @static
             * @param {framefleet.v1.NodeAdvert.$Properties} message NodeAdvert message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NodeAdvert.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.node != null && $Object.hasOwnProperty.call(message, "node") && message.node !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.node);
                if (message.role != null && $Object.hasOwnProperty.call(message, "role") && message.role !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.role);
                if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.state);
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.version);
                if (message.backends != null && message.backends.length)
                    for (var i = 0; i < message.backends.length; ++i)
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.backends[i]);
                if (message.devices != null && message.devices.length)
                    for (var i = 0; i < message.devices.length; ++i)
                        $root.framefleet.v1.DeviceStatus.encode(message.devices[i], writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.sentAtMs != null && $Object.hasOwnProperty.call(message, "sentAtMs") && (typeof message.sentAtMs === "object" ? message.sentAtMs.low || message.sentAtMs.high : message.sentAtMs !== 0))
                    writer.uint32(/* id 7, wireType 0 =*/56).int64(message.sentAtMs);
                if (message.startedAtMs != null && $Object.hasOwnProperty.call(message, "startedAtMs") && (typeof message.startedAtMs === "object" ? message.startedAtMs.low || message.startedAtMs.high : message.startedAtMs !== 0))
                    writer.uint32(/* id 8, wireType 0 =*/64).int64(message.startedAtMs);
                if (message.metricsUrl != null && $Object.hasOwnProperty.call(message, "metricsUrl") && message.metricsUrl !== "")
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.metricsUrl);
                if (message.tasksDone != null && $Object.hasOwnProperty.call(message, "tasksDone") && message.tasksDone !== 0)
                    writer.uint32(/* id 10, wireType 0 =*/80).uint32(message.tasksDone);
                if (message.tasksFailed != null && $Object.hasOwnProperty.call(message, "tasksFailed") && message.tasksFailed !== 0)
                    writer.uint32(/* id 11, wireType 0 =*/88).uint32(message.tasksFailed);
                if (message.advertIntervalMs != null && $Object.hasOwnProperty.call(message, "advertIntervalMs") && message.advertIntervalMs !== 0)
                    writer.uint32(/* id 12, wireType 0 =*/96).uint32(message.advertIntervalMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified NodeAdvert message, length delimited. Does not implicitly {@link framefleet.v1.NodeAdvert.verify|verify} messages.
             * @function encodeDelimited
             * @memberof framefleet.v1.NodeAdvert
             * @static
             * @param {framefleet.v1.NodeAdvert.$Properties} message NodeAdvert message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NodeAdvert.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a NodeAdvert message from the specified reader or buffer.
             * @function decode
             * @memberof framefleet.v1.NodeAdvert
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {framefleet.v1.NodeAdvert & framefleet.v1.NodeAdvert.$Shape} NodeAdvert
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NodeAdvert.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.framefleet.v1.NodeAdvert();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.node = value;
                            else
                                delete message.node;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.role = value;
                            else
                                delete message.role;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.state = value;
                            else
                                delete message.state;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.backends && message.backends.length))
                                message.backends = [];
                            message.backends.push(reader.stringVerify());
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.devices && message.devices.length))
                                message.devices = [];
                            message.devices.push($root.framefleet.v1.DeviceStatus.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.sentAtMs = value;
                            else
                                delete message.sentAtMs;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.startedAtMs = value;
                            else
                                delete message.startedAtMs;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.metricsUrl = value;
                            else
                                delete message.metricsUrl;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.tasksDone = value;
                            else
                                delete message.tasksDone;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.tasksFailed = value;
                            else
                                delete message.tasksFailed;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.advertIntervalMs = value;
                            else
                                delete message.advertIntervalMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a NodeAdvert message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof framefleet.v1.NodeAdvert
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {framefleet.v1.NodeAdvert & framefleet.v1.NodeAdvert.$Shape} NodeAdvert
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NodeAdvert.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a NodeAdvert message.
             * @function verify
             * @memberof framefleet.v1.NodeAdvert
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            NodeAdvert.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.node != null && $Object.hasOwnProperty.call(message, "node"))
                    if (!$util.isString(message.node))
                        return "node: string expected";
                if (message.role != null && $Object.hasOwnProperty.call(message, "role"))
                    if (!$util.isString(message.role))
                        return "role: string expected";
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    if (typeof message.state !== "number" || (message.state | 0) !== message.state)
                        return "state: enum value expected";
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    if (!$util.isString(message.version))
                        return "version: string expected";
                if (message.backends != null && $Object.hasOwnProperty.call(message, "backends")) {
                    if (!$Array.isArray(message.backends))
                        return "backends: array expected";
                    for (var i = 0; i < message.backends.length; ++i)
                        if (!$util.isString(message.backends[i]))
                            return "backends: string[] expected";
                }
                if (message.devices != null && $Object.hasOwnProperty.call(message, "devices")) {
                    if (!$Array.isArray(message.devices))
                        return "devices: array expected";
                    for (var i = 0; i < message.devices.length; ++i) {
                        var error = $root.framefleet.v1.DeviceStatus.verify(message.devices[i], _depth + 1);
                        if (error)
                            return "devices." + error;
                    }
                }
                if (message.sentAtMs != null && $Object.hasOwnProperty.call(message, "sentAtMs"))
                    if (!$util.isInteger(message.sentAtMs) && !(message.sentAtMs && $util.isInteger(message.sentAtMs.low) && $util.isInteger(message.sentAtMs.high)))
                        return "sentAtMs: integer|Long expected";
                if (message.startedAtMs != null && $Object.hasOwnProperty.call(message, "startedAtMs"))
                    if (!$util.isInteger(message.startedAtMs) && !(message.startedAtMs && $util.isInteger(message.startedAtMs.low) && $util.isInteger(message.startedAtMs.high)))
                        return "startedAtMs: integer|Long expected";
                if (message.metricsUrl != null && $Object.hasOwnProperty.call(message, "metricsUrl"))
                    if (!$util.isString(message.metricsUrl))
                        return "metricsUrl: string expected";
                if (message.tasksDone != null && $Object.hasOwnProperty.call(message, "tasksDone"))
                    if (!$util.isInteger(message.tasksDone))
                        return "tasksDone: integer expected";
                if (message.tasksFailed != null && $Object.hasOwnProperty.call(message, "tasksFailed"))
                    if (!$util.isInteger(message.tasksFailed))
                        return "tasksFailed: integer expected";
                if (message.advertIntervalMs != null && $Object.hasOwnProperty.call(message, "advertIntervalMs"))
                    if (!$util.isInteger(message.advertIntervalMs))
                        return "advertIntervalMs: integer expected";
                return null;
            };

            /**
             * Creates a NodeAdvert message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof framefleet.v1.NodeAdvert
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {framefleet.v1.NodeAdvert} NodeAdvert
             */
            NodeAdvert.fromObject = function (object, _depth) {
                if (object instanceof $root.framefleet.v1.NodeAdvert)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".framefleet.v1.NodeAdvert: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.framefleet.v1.NodeAdvert();
                if (object.node != null)
                    if (typeof object.node !== "string" || object.node.length)
                        message.node = $String(object.node);
                if (object.role != null)
                    if (typeof object.role !== "string" || object.role.length)
                        message.role = $String(object.role);
                if (object.state !== 0 && (typeof object.state !== "string" || $root.framefleet.v1.NodeState[object.state] !== 0))
                    switch (object.state) {
                    case "NODE_STATE_UNSPECIFIED":
                    case 0:
                        message.state = 0;
                        break;
                    case "NODE_STATE_ACTIVE":
                    case 1:
                        message.state = 1;
                        break;
                    case "NODE_STATE_DRAINING":
                    case 2:
                        message.state = 2;
                        break;
                    case "NODE_STATE_DRAINED":
                    case 3:
                        message.state = 3;
                        break;
                    case "NODE_STATE_STOPPED":
                    case 4:
                        message.state = 4;
                        break;
                    default:
                        if (typeof object.state === "number" && (object.state | 0) === object.state)
                            message.state = object.state;
                    }
                if (object.version != null)
                    if (typeof object.version !== "string" || object.version.length)
                        message.version = $String(object.version);
                if (object.backends) {
                    if (!$Array.isArray(object.backends))
                        throw $TypeError(".framefleet.v1.NodeAdvert.backends: array expected");
                    message.backends = $Array(object.backends.length);
                    for (var i = 0; i < object.backends.length; ++i)
                        message.backends[i] = $String(object.backends[i]);
                }
                if (object.devices) {
                    if (!$Array.isArray(object.devices))
                        throw $TypeError(".framefleet.v1.NodeAdvert.devices: array expected");
                    message.devices = $Array(object.devices.length);
                    for (var i = 0; i < object.devices.length; ++i) {
                        if (!$util.isObject(object.devices[i]))
                            throw $TypeError(".framefleet.v1.NodeAdvert.devices: object expected");
                        message.devices[i] = $root.framefleet.v1.DeviceStatus.fromObject(object.devices[i], _depth + 1);
                    }
                }
                if (object.sentAtMs != null)
                    if (typeof object.sentAtMs === "object" ? object.sentAtMs.low || object.sentAtMs.high : $Number(object.sentAtMs) !== 0)
                        if ($util.Long)
                            message.sentAtMs = $util.Long.fromValue(object.sentAtMs, false);
                        else if (typeof object.sentAtMs === "string")
                            message.sentAtMs = $parseInt(object.sentAtMs, 10);
                        else if (typeof object.sentAtMs === "number")
                            message.sentAtMs = object.sentAtMs;
                        else if (typeof object.sentAtMs === "object")
                            message.sentAtMs = new $util.LongBits(object.sentAtMs.low >>> 0, object.sentAtMs.high >>> 0).toNumber();
                if (object.startedAtMs != null)
                    if (typeof object.startedAtMs === "object" ? object.startedAtMs.low || object.startedAtMs.high : $Number(object.startedAtMs) !== 0)
                        if ($util.Long)
                            message.startedAtMs = $util.Long.fromValue(object.startedAtMs, false);
                        else if (typeof object.startedAtMs === "string")
                            message.startedAtMs = $parseInt(object.startedAtMs, 10);
                        else if (typeof object.startedAtMs === "number")
                            message.startedAtMs = object.startedAtMs;
                        else if (typeof object.startedAtMs === "object")
                            message.startedAtMs = new $util.LongBits(object.startedAtMs.low >>> 0, object.startedAtMs.high >>> 0).toNumber();
                if (object.metricsUrl != null)
                    if (typeof object.metricsUrl !== "string" || object.metricsUrl.length)
                        message.metricsUrl = $String(object.metricsUrl);
                if (object.tasksDone != null)
                    if ($Number(object.tasksDone) !== 0)
                        message.tasksDone = object.tasksDone >>> 0;
                if (object.tasksFailed != null)
                    if ($Number(object.tasksFailed) !== 0)
                        message.tasksFailed = object.tasksFailed >>> 0;
                if (object.advertIntervalMs != null)
                    if ($Number(object.advertIntervalMs) !== 0)
                        message.advertIntervalMs = object.advertIntervalMs >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a NodeAdvert message. Also converts values to other types if specified.
             * @function toObject
             * @memberof framefleet.v1.NodeAdvert
             * @static
             * @param {framefleet.v1.NodeAdvert} message NodeAdvert
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            NodeAdvert.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.arrays || options.defaults) {
                    object.backends = [];
                    object.devices = [];
                }
                if (options.defaults) {
                    object.node = "";
                    object.role = "";
                    object.state = options.enums === $String ? "NODE_STATE_UNSPECIFIED" : 0;
                    object.version = "";
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, false);
                        object.sentAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.sentAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, false);
                        object.startedAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.startedAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.metricsUrl = "";
                    object.tasksDone = 0;
                    object.tasksFailed = 0;
                    object.advertIntervalMs = 0;
                }
                if (message.node != null && $Object.hasOwnProperty.call(message, "node"))
                    object.node = message.node;
                if (message.role != null && $Object.hasOwnProperty.call(message, "role"))
                    object.role = message.role;
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    object.state = options.enums === $String ? $root.framefleet.v1.NodeState[message.state] === $undefined ? message.state : $root.framefleet.v1.NodeState[message.state] : message.state;
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                if (message.backends && message.backends.length) {
                    object.backends = $Array(message.backends.length);
                    for (var j = 0; j < message.backends.length; ++j)
                        object.backends[j] = message.backends[j];
                }
                if (message.devices && message.devices.length) {
                    object.devices = $Array(message.devices.length);
                    for (var j = 0; j < message.devices.length; ++j)
                        object.devices[j] = $root.framefleet.v1.DeviceStatus.toObject(message.devices[j], options, _depth + 1);
                }
                if (message.sentAtMs != null && $Object.hasOwnProperty.call(message, "sentAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.sentAtMs = typeof message.sentAtMs === "number" ? $BigInt(message.sentAtMs) : $util.Long.fromBits(message.sentAtMs.low >>> 0, message.sentAtMs.high >>> 0, false).toBigInt();
                    else if (typeof message.sentAtMs === "number")
                        object.sentAtMs = options.longs === $String ? $String(message.sentAtMs) : message.sentAtMs;
                    else
                        object.sentAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.sentAtMs) : options.longs === $Number ? new $util.LongBits(message.sentAtMs.low >>> 0, message.sentAtMs.high >>> 0).toNumber() : message.sentAtMs;
                if (message.startedAtMs != null && $Object.hasOwnProperty.call(message, "startedAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.startedAtMs = typeof message.startedAtMs === "number" ? $BigInt(message.startedAtMs) : $util.Long.fromBits(message.startedAtMs.low >>> 0, message.startedAtMs.high >>> 0, false).toBigInt();
                    else if (typeof message.startedAtMs === "number")
                        object.startedAtMs = options.longs === $String ? $String(message.startedAtMs) : message.startedAtMs;
                    else
                        object.startedAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.startedAtMs) : options.longs === $Number ? new $util.LongBits(message.startedAtMs.low >>> 0, message.startedAtMs.high >>> 0).toNumber() : message.startedAtMs;
                if (message.metricsUrl != null && $Object.hasOwnProperty.call(message, "metricsUrl"))
                    object.metricsUrl = message.metricsUrl;
                if (message.tasksDone != null && $Object.hasOwnProperty.call(message, "tasksDone"))
                    object.tasksDone = message.tasksDone;
                if (message.tasksFailed != null && $Object.hasOwnProperty.call(message, "tasksFailed"))
                    object.tasksFailed = message.tasksFailed;
                if (message.advertIntervalMs != null && $Object.hasOwnProperty.call(message, "advertIntervalMs"))
                    object.advertIntervalMs = message.advertIntervalMs;
                return object;
            };

            /**
             * Converts this NodeAdvert to JSON.
             * @function toJSON
             * @memberof framefleet.v1.NodeAdvert
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            NodeAdvert.prototype.toJSON = function() {
                return NodeAdvert.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for NodeAdvert
             * @function getTypeUrl
             * @memberof framefleet.v1.NodeAdvert
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            NodeAdvert.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/framefleet.v1.NodeAdvert";
            };

            return NodeAdvert;
        })();

        v1.NodeCommand = (function() {

            /**
             * Properties of a NodeCommand.
             * @typedef {Object} framefleet.v1.NodeCommand.$Properties
             * @property {framefleet.v1.DrainCommand.$Properties|null} [drain] NodeCommand drain
             * @property {framefleet.v1.UndrainCommand.$Properties|null} [undrain] NodeCommand undrain
             * @property {framefleet.v1.CancelRunCommand.$Properties|null} [cancel] NodeCommand cancel
             * @property {"drain"|"undrain"|"cancel"} [command] NodeCommand command
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NodeCommand.
             * @memberof framefleet.v1
             * @interface INodeCommand
             * @augments framefleet.v1.NodeCommand.$Properties
             * @deprecated Use framefleet.v1.NodeCommand.$Properties instead.
             */

            /**
             * Narrowed shape of a NodeCommand.
             * @typedef {{
             *   drain?: framefleet.v1.DrainCommand.$Shape|null;
             *   undrain?: framefleet.v1.UndrainCommand.$Shape|null;
             *   cancel?: framefleet.v1.CancelRunCommand.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ command?: undefined; drain?: null; undrain?: null; cancel?: null }|{ command?: "drain"; drain: framefleet.v1.DrainCommand.$Shape; undrain?: null; cancel?: null }|{ command?: "undrain"; drain?: null; undrain: framefleet.v1.UndrainCommand.$Shape; cancel?: null }|{ command?: "cancel"; drain?: null; undrain?: null; cancel: framefleet.v1.CancelRunCommand.$Shape })
             * )} framefleet.v1.NodeCommand.$Shape
             */

            /**
             * Constructs a new NodeCommand.
             * @memberof framefleet.v1
             * @classdesc Represents a NodeCommand.
             * @constructor
             * @param {framefleet.v1.NodeCommand.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var NodeCommand = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * NodeCommand drain.
             * @member {framefleet.v1.DrainCommand.$Properties|null|undefined} drain
             * @memberof framefleet.v1.NodeCommand
             * @instance
             */
            NodeCommand.prototype.drain = null;

            /**
             * NodeCommand undrain.
             * @member {framefleet.v1.UndrainCommand.$Properties|null|undefined} undrain
             * @memberof framefleet.v1.NodeCommand
             * @instance
             */
            NodeCommand.prototype.undrain = null;

            /**
             * NodeCommand cancel.
             * @member {framefleet.v1.CancelRunCommand.$Properties|null|undefined} cancel
             * @memberof framefleet.v1.NodeCommand
             * @instance
             */
            NodeCommand.prototype.cancel = null;

            // OneOf field names bound to virtual getters and setters
            var $oneOfFields;

            /**
             * NodeCommand command.
             * @member {"drain"|"undrain"|"cancel"|undefined} command
             * @memberof framefleet.v1.NodeCommand
             * @instance
             */
            $Object.defineProperty(NodeCommand.prototype, "command", {
                get: $util.oneOfGetter($oneOfFields = ["drain", "undrain", "cancel"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new NodeCommand instance using the specified properties.
             * @function create
             * @memberof framefleet.v1.NodeCommand
             * @static
             * @param {framefleet.v1.NodeCommand.$Properties=} [properties] Properties to set
             * @returns {framefleet.v1.NodeCommand} NodeCommand instance
             * @type {{
             *   (properties: framefleet.v1.NodeCommand.$Shape): framefleet.v1.NodeCommand & framefleet.v1.NodeCommand.$Shape;
             *   (properties?: framefleet.v1.NodeCommand.$Properties): framefleet.v1.NodeCommand;
             * }}
             */
            NodeCommand.create = function(properties) {
                return new NodeCommand(properties);
            };

            /**
             * Encodes the specified NodeCommand message. Does not implicitly {@link framefleet.v1.NodeCommand.verify|verify} messages.
             * @function encode
             * @memberof framefleet.v1.NodeCommand
             * @static
             * @param {framefleet.v1.NodeCommand.$Properties} message NodeCommand message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NodeCommand.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.drain != null && $Object.hasOwnProperty.call(message, "drain"))
                    $root.framefleet.v1.DrainCommand.encode(message.drain, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.undrain != null && $Object.hasOwnProperty.call(message, "undrain"))
                    $root.framefleet.v1.UndrainCommand.encode(message.undrain, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.cancel != null && $Object.hasOwnProperty.call(message, "cancel"))
                    $root.framefleet.v1.CancelRunCommand.encode(message.cancel, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified NodeCommand message, length delimited. Does not implicitly {@link framefleet.v1.NodeCommand.verify|verify} messages.
             * @function encodeDelimited
             * @memberof framefleet.v1.NodeCommand
             * @static
             * @param {framefleet.v1.NodeCommand.$Properties} message NodeCommand message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NodeCommand.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a NodeCommand message from the specified reader or buffer.
             * @function decode
             * @memberof framefleet.v1.NodeCommand
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {framefleet.v1.NodeCommand & framefleet.v1.NodeCommand.$Shape} NodeCommand
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NodeCommand.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.framefleet.v1.NodeCommand();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.drain = $root.framefleet.v1.DrainCommand.decode(reader, reader.size(), $undefined, _depth + 1, message.drain);
                            message.command = "drain";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.undrain = $root.framefleet.v1.UndrainCommand.decode(reader, reader.size(), $undefined, _depth + 1, message.undrain);
                            message.command = "undrain";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.cancel = $root.framefleet.v1.CancelRunCommand.decode(reader, reader.size(), $undefined, _depth + 1, message.cancel);
                            message.command = "cancel";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a NodeCommand message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof framefleet.v1.NodeCommand
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {framefleet.v1.NodeCommand & framefleet.v1.NodeCommand.$Shape} NodeCommand
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NodeCommand.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a NodeCommand message.
             * @function verify
             * @memberof framefleet.v1.NodeCommand
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            NodeCommand.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                var properties = {};
                if (message.drain != null && $Object.hasOwnProperty.call(message, "drain")) {
                    properties.command = 1;
                    {
                        var error = $root.framefleet.v1.DrainCommand.verify(message.drain, _depth + 1);
                        if (error)
                            return "drain." + error;
                    }
                }
                if (message.undrain != null && $Object.hasOwnProperty.call(message, "undrain")) {
                    if (properties.command === 1)
                        return "command: multiple values";
                    properties.command = 1;
                    {
                        var error = $root.framefleet.v1.UndrainCommand.verify(message.undrain, _depth + 1);
                        if (error)
                            return "undrain." + error;
                    }
                }
                if (message.cancel != null && $Object.hasOwnProperty.call(message, "cancel")) {
                    if (properties.command === 1)
                        return "command: multiple values";
                    properties.command = 1;
                    {
                        var error = $root.framefleet.v1.CancelRunCommand.verify(message.cancel, _depth + 1);
                        if (error)
                            return "cancel." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a NodeCommand message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof framefleet.v1.NodeCommand
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {framefleet.v1.NodeCommand} NodeCommand
             */
            NodeCommand.fromObject = function (object, _depth) {
                if (object instanceof $root.framefleet.v1.NodeCommand)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".framefleet.v1.NodeCommand: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.framefleet.v1.NodeCommand();
                if (object.drain != null) {
                    if (!$util.isObject(object.drain))
                        throw $TypeError(".framefleet.v1.NodeCommand.drain: object expected");
                    message.drain = $root.framefleet.v1.DrainCommand.fromObject(object.drain, _depth + 1);
                }
                if (object.undrain != null) {
                    if (!$util.isObject(object.undrain))
                        throw $TypeError(".framefleet.v1.NodeCommand.undrain: object expected");
                    message.undrain = $root.framefleet.v1.UndrainCommand.fromObject(object.undrain, _depth + 1);
                }
                if (object.cancel != null) {
                    if (!$util.isObject(object.cancel))
                        throw $TypeError(".framefleet.v1.NodeCommand.cancel: object expected");
                    message.cancel = $root.framefleet.v1.CancelRunCommand.fromObject(object.cancel, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a NodeCommand message. Also converts values to other types if specified.
             * @function toObject
             * @memberof framefleet.v1.NodeCommand
             * @static
             * @param {framefleet.v1.NodeCommand} message NodeCommand
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            NodeCommand.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (message.drain != null && $Object.hasOwnProperty.call(message, "drain")) {
                    object.drain = $root.framefleet.v1.DrainCommand.toObject(message.drain, options, _depth + 1);
                    if (options.oneofs)
                        object.command = "drain";
                }
                if (message.undrain != null && $Object.hasOwnProperty.call(message, "undrain")) {
                    object.undrain = $root.framefleet.v1.UndrainCommand.toObject(message.undrain, options, _depth + 1);
                    if (options.oneofs)
                        object.command = "undrain";
                }
                if (message.cancel != null && $Object.hasOwnProperty.call(message, "cancel")) {
                    object.cancel = $root.framefleet.v1.CancelRunCommand.toObject(message.cancel, options, _depth + 1);
                    if (options.oneofs)
                        object.command = "cancel";
                }
                return object;
            };

            /**
             * Converts this NodeCommand to JSON.
             * @function toJSON
             * @memberof framefleet.v1.NodeCommand
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            NodeCommand.prototype.toJSON = function() {
                return NodeCommand.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for NodeCommand
             * @function getTypeUrl
             * @memberof framefleet.v1.NodeCommand
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            NodeCommand.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/framefleet.v1.NodeCommand";
            };

            return NodeCommand;
        })();

        v1.DrainCommand = (function() {

            /**
             * Properties of a DrainCommand.
             * @typedef {Object} framefleet.v1.DrainCommand.$Properties
             * @property {number|null} [deadlineMs] DrainCommand deadlineMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DrainCommand.
             * @memberof framefleet.v1
             * @interface IDrainCommand
             * @augments framefleet.v1.DrainCommand.$Properties
             * @deprecated Use framefleet.v1.DrainCommand.$Properties instead.
             */

            /**
             * Shape of a DrainCommand.
             * @typedef {framefleet.v1.DrainCommand.$Properties} framefleet.v1.DrainCommand.$Shape
             */

            /**
             * Constructs a new DrainCommand.
             * @memberof framefleet.v1
             * @classdesc Represents a DrainCommand.
             * @constructor
             * @param {framefleet.v1.DrainCommand.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var DrainCommand = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DrainCommand deadlineMs.
             * @member {number} deadlineMs
             * @memberof framefleet.v1.DrainCommand
             * @instance
             */
            DrainCommand.prototype.deadlineMs = 0;

            /**
             * Creates a new DrainCommand instance using the specified properties.
             * @function create
             * @memberof framefleet.v1.DrainCommand
             * @static
             * @param {framefleet.v1.DrainCommand.$Properties=} [properties] Properties to set
             * @returns {framefleet.v1.DrainCommand} DrainCommand instance
             * @type {{
             *   (properties: framefleet.v1.DrainCommand.$Shape): framefleet.v1.DrainCommand & framefleet.v1.DrainCommand.$Shape;
             *   (properties?: framefleet.v1.DrainCommand.$Properties): framefleet.v1.DrainCommand;
             * }}
             */
            DrainCommand.create = function(properties) {
                return new DrainCommand(properties);
            };

            /**
             * Encodes the specified DrainCommand message. Does not implicitly {@link framefleet.v1.DrainCommand.verify|verify} messages.
             * @function encode
             * @memberof framefleet.v1.DrainCommand
             * @static
             * @param {framefleet.v1.DrainCommand.$Properties} message DrainCommand message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DrainCommand.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.deadlineMs != null && $Object.hasOwnProperty.call(message, "deadlineMs") && message.deadlineMs !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.deadlineMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified DrainCommand message, length delimited. Does not implicitly {@link framefleet.v1.DrainCommand.verify|verify} messages.
             * @function encodeDelimited
             * @memberof framefleet.v1.DrainCommand
             * @static
             * @param {framefleet.v1.DrainCommand.$Properties} message DrainCommand message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DrainCommand.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a DrainCommand message from the specified reader or buffer.
             * @function decode
             * @memberof framefleet.v1.DrainCommand
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {framefleet.v1.DrainCommand & framefleet.v1.DrainCommand.$Shape} DrainCommand
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DrainCommand.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.framefleet.v1.DrainCommand();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.deadlineMs = value;
                            else
                                delete message.deadlineMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a DrainCommand message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof framefleet.v1.DrainCommand
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {framefleet.v1.DrainCommand & framefleet.v1.DrainCommand.$Shape} DrainCommand
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DrainCommand.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a DrainCommand message.
             * @function verify
             * @memberof framefleet.v1.DrainCommand
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DrainCommand.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.deadlineMs != null && $Object.hasOwnProperty.call(message, "deadlineMs"))
                    if (!$util.isInteger(message.deadlineMs))
                        return "deadlineMs: integer expected";
                return null;
            };

            /**
             * Creates a DrainCommand message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof framefleet.v1.DrainCommand
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {framefleet.v1.DrainCommand} DrainCommand
             */
            DrainCommand.fromObject = function (object, _depth) {
                if (object instanceof $root.framefleet.v1.DrainCommand)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".framefleet.v1.DrainCommand: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.framefleet.v1.DrainCommand();
                if (object.deadlineMs != null)
                    if ($Number(object.deadlineMs) !== 0)
                        message.deadlineMs = object.deadlineMs >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a DrainCommand message. Also converts values to other types if specified.
             * @function toObject
             * @memberof framefleet.v1.DrainCommand
             * @static
             * @param {framefleet.v1.DrainCommand} message DrainCommand
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DrainCommand.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults)
                    object.deadlineMs = 0;
                if (message.deadlineMs != null && $Object.hasOwnProperty.call(message, "deadlineMs"))
                    object.deadlineMs = message.deadlineMs;
                return object;
            };

            /**
             * Converts this DrainCommand to JSON.
             * @function toJSON
             * @memberof framefleet.v1.DrainCommand
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DrainCommand.prototype.toJSON = function() {
                return DrainCommand.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DrainCommand
             * @function getTypeUrl
             * @memberof framefleet.v1.DrainCommand
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DrainCommand.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/framefleet.v1.DrainCommand";
            };

            return DrainCommand;
        })();

        v1.UndrainCommand = (function() {

            /**
             * Properties of an UndrainCommand.
             * @typedef {Object} framefleet.v1.UndrainCommand.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an UndrainCommand.
             * @memberof framefleet.v1
             * @interface IUndrainCommand
             * @augments framefleet.v1.UndrainCommand.$Properties
             * @deprecated Use framefleet.v1.UndrainCommand.$Properties instead.
             */

            /**
             * Shape of an UndrainCommand.
             * @typedef {framefleet.v1.UndrainCommand.$Properties} framefleet.v1.UndrainCommand.$Shape
             */

            /**
             * Constructs a new UndrainCommand.
             * @memberof framefleet.v1
             * @classdesc Represents an UndrainCommand.
             * @constructor
             * @param {framefleet.v1.UndrainCommand.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var UndrainCommand = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new UndrainCommand instance using the specified properties.
             * @function create
             * @memberof framefleet.v1.UndrainCommand
             * @static
             * @param {framefleet.v1.UndrainCommand.$Properties=} [properties] Properties to set
             * @returns {framefleet.v1.UndrainCommand} UndrainCommand instance
             * @type {{
             *   (properties: framefleet.v1.UndrainCommand.$Shape): framefleet.v1.UndrainCommand & framefleet.v1.UndrainCommand.$Shape;
             *   (properties?: framefleet.v1.UndrainCommand.$Properties): framefleet.v1.UndrainCommand;
             * }}
             */
            UndrainCommand.create = function(properties) {
                return new UndrainCommand(properties);
            };

            /**
             * Encodes the specified UndrainCommand message. Does not implicitly {@link framefleet.v1.UndrainCommand.verify|verify} messages.
             * @function encode
             * @memberof framefleet.v1.UndrainCommand
             * @static
             * @param {framefleet.v1.UndrainCommand.$Properties} message UndrainCommand message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UndrainCommand.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified UndrainCommand message, length delimited. Does not implicitly {@link framefleet.v1.UndrainCommand.verify|verify} messages.
             * @function encodeDelimited
             * @memberof framefleet.v1.UndrainCommand
             * @static
             * @param {framefleet.v1.UndrainCommand.$Properties} message UndrainCommand message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UndrainCommand.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an UndrainCommand message from the specified reader or buffer.
             * @function decode
             * @memberof framefleet.v1.UndrainCommand
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {framefleet.v1.UndrainCommand & framefleet.v1.UndrainCommand.$Shape} UndrainCommand
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UndrainCommand.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.framefleet.v1.UndrainCommand();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an UndrainCommand message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof framefleet.v1.UndrainCommand
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {framefleet.v1.UndrainCommand & framefleet.v1.UndrainCommand.$Shape} UndrainCommand
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UndrainCommand.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an UndrainCommand message.
             * @function verify
             * @memberof framefleet.v1.UndrainCommand
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            UndrainCommand.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            /**
             * Creates an UndrainCommand message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof framefleet.v1.UndrainCommand
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {framefleet.v1.UndrainCommand} UndrainCommand
             */
            UndrainCommand.fromObject = function (object, _depth) {
                if (object instanceof $root.framefleet.v1.UndrainCommand)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".framefleet.v1.UndrainCommand: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.framefleet.v1.UndrainCommand();
            };

            /**
             * Creates a plain object from an UndrainCommand message. Also converts values to other types if specified.
             * @function toObject
             * @memberof framefleet.v1.UndrainCommand
             * @static
             * @param {framefleet.v1.UndrainCommand} message UndrainCommand
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            UndrainCommand.toObject = function () {
                return {};
            };

            /**
             * Converts this UndrainCommand to JSON.
             * @function toJSON
             * @memberof framefleet.v1.UndrainCommand
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            UndrainCommand.prototype.toJSON = function() {
                return UndrainCommand.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for UndrainCommand
             * @function getTypeUrl
             * @memberof framefleet.v1.UndrainCommand
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            UndrainCommand.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/framefleet.v1.UndrainCommand";
            };

            return UndrainCommand;
        })();

        v1.CancelRunCommand = (function() {

            /**
             * Properties of a CancelRunCommand.
             * @typedef {Object} framefleet.v1.CancelRunCommand.$Properties
             * @property {string|null} [runId] CancelRunCommand runId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CancelRunCommand.
             * @memberof framefleet.v1
             * @interface ICancelRunCommand
             * @augments framefleet.v1.CancelRunCommand.$Properties
             * @deprecated Use framefleet.v1.CancelRunCommand.$Properties instead.
             */

            /**
             * Shape of a CancelRunCommand.
             * @typedef {framefleet.v1.CancelRunCommand.$Properties} framefleet.v1.CancelRunCommand.$Shape
             */

            /**
             * Constructs a new CancelRunCommand.
             * @memberof framefleet.v1
             * @classdesc Represents a CancelRunCommand.
             * @constructor
             * @param {framefleet.v1.CancelRunCommand.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var CancelRunCommand = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CancelRunCommand runId.
             * @member {string} runId
             * @memberof framefleet.v1.CancelRunCommand
             * @instance
             */
            CancelRunCommand.prototype.runId = "";

            /**
             * Creates a new CancelRunCommand instance using the specified properties.
             * @function create
             * @memberof framefleet.v1.CancelRunCommand
             * @static
             * @param {framefleet.v1.CancelRunCommand.$Properties=} [properties] Properties to set
             * @returns {framefleet.v1.CancelRunCommand} CancelRunCommand instance
             * @type {{
             *   (properties: framefleet.v1.CancelRunCommand.$Shape): framefleet.v1.CancelRunCommand & framefleet.v1.CancelRunCommand.$Shape;
             *   (properties?: framefleet.v1.CancelRunCommand.$Properties): framefleet.v1.CancelRunCommand;
             * }}
             */
            CancelRunCommand.create = function(properties) {
                return new CancelRunCommand(properties);
            };

            /**
             * Encodes the specified CancelRunCommand message. Does not implicitly {@link framefleet.v1.CancelRunCommand.verify|verify} messages.
             * @function encode
             * @memberof framefleet.v1.CancelRunCommand
             * @static
             * @param {framefleet.v1.CancelRunCommand.$Properties} message CancelRunCommand message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CancelRunCommand.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId") && message.runId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.runId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified CancelRunCommand message, length delimited. Does not implicitly {@link framefleet.v1.CancelRunCommand.verify|verify} messages.
             * @function encodeDelimited
             * @memberof framefleet.v1.CancelRunCommand
             * @static
             * @param {framefleet.v1.CancelRunCommand.$Properties} message CancelRunCommand message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CancelRunCommand.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a CancelRunCommand message from the specified reader or buffer.
             * @function decode
             * @memberof framefleet.v1.CancelRunCommand
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {framefleet.v1.CancelRunCommand & framefleet.v1.CancelRunCommand.$Shape} CancelRunCommand
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CancelRunCommand.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.framefleet.v1.CancelRunCommand();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.runId = value;
                            else
                                delete message.runId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a CancelRunCommand message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof framefleet.v1.CancelRunCommand
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {framefleet.v1.CancelRunCommand & framefleet.v1.CancelRunCommand.$Shape} CancelRunCommand
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CancelRunCommand.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a CancelRunCommand message.
             * @function verify
             * @memberof framefleet.v1.CancelRunCommand
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            CancelRunCommand.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                    if (!$util.isString(message.runId))
                        return "runId: string expected";
                return null;
            };

            /**
             * Creates a CancelRunCommand message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof framefleet.v1.CancelRunCommand
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {framefleet.v1.CancelRunCommand} CancelRunCommand
             */
            CancelRunCommand.fromObject = function (object, _depth) {
                if (object instanceof $root.framefleet.v1.CancelRunCommand)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".framefleet.v1.CancelRunCommand: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.framefleet.v1.CancelRunCommand();
                if (object.runId != null)
                    if (typeof object.runId !== "string" || object.runId.length)
                        message.runId = $String(object.runId);
                return message;
            };

            /**
             * Creates a plain object from a CancelRunCommand message. Also converts values to other types if specified.
             * @function toObject
             * @memberof framefleet.v1.CancelRunCommand
             * @static
             * @param {framefleet.v1.CancelRunCommand} message CancelRunCommand
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CancelRunCommand.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults)
                    object.runId = "";
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                    object.runId = message.runId;
                return object;
            };

            /**
             * Converts this CancelRunCommand to JSON.
             * @function toJSON
             * @memberof framefleet.v1.CancelRunCommand
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CancelRunCommand.prototype.toJSON = function() {
                return CancelRunCommand.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for CancelRunCommand
             * @function getTypeUrl
             * @memberof framefleet.v1.CancelRunCommand
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CancelRunCommand.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/framefleet.v1.CancelRunCommand";
            };

            return CancelRunCommand;
        })();

        v1.NodeCommandReply = (function() {

            /**
             * Properties of a NodeCommandReply.
             * @typedef {Object} framefleet.v1.NodeCommandReply.$Properties
             * @property {boolean|null} [ok] NodeCommandReply ok
             * @property {string|null} [message] NodeCommandReply message
             * @property {framefleet.v1.NodeState|null} [state] NodeCommandReply state
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NodeCommandReply.
             * @memberof framefleet.v1
             * @interface INodeCommandReply
             * @augments framefleet.v1.NodeCommandReply.$Properties
             * @deprecated Use framefleet.v1.NodeCommandReply.$Properties instead.
             */

            /**
             * Shape of a NodeCommandReply.
             * @typedef {framefleet.v1.NodeCommandReply.$Properties} framefleet.v1.NodeCommandReply.$Shape
             */

            /**
             * Constructs a new NodeCommandReply.
             * @memberof framefleet.v1
             * @classdesc Represents a NodeCommandReply.
             * @constructor
             * @param {framefleet.v1.NodeCommandReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var NodeCommandReply = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * NodeCommandReply ok.
             * @member {boolean} ok
             * @memberof framefleet.v1.NodeCommandReply
             * @instance
             */
            NodeCommandReply.prototype.ok = false;

            /**
             * NodeCommandReply message.
             * @member {string} message
             * @memberof framefleet.v1.NodeCommandReply
             * @instance
             */
            NodeCommandReply.prototype.message = "";

            /**
             * NodeCommandReply state.
             * @member {framefleet.v1.NodeState} state
             * @memberof framefleet.v1.NodeCommandReply
             * @instance
             */
            NodeCommandReply.prototype.state = 0;

            /**
             * Creates a new NodeCommandReply instance using the specified properties.
             * @function create
             * @memberof framefleet.v1.NodeCommandReply
             * @static
             * @param {framefleet.v1.NodeCommandReply.$Properties=} [properties] Properties to set
             * @returns {framefleet.v1.NodeCommandReply} NodeCommandReply instance
             * @type {{
             *   (properties: framefleet.v1.NodeCommandReply.$Shape): framefleet.v1.NodeCommandReply & framefleet.v1.NodeCommandReply.$Shape;
             *   (properties?: framefleet.v1.NodeCommandReply.$Properties): framefleet.v1.NodeCommandReply;
             * }}
             */
            NodeCommandReply.create = function(properties) {
                return new NodeCommandReply(properties);
            };

            /**
             * Encodes the specified NodeCommandReply message. Does not implicitly {@link framefleet.v1.NodeCommandReply.verify|verify} messages.
             * @function encode
             * @memberof framefleet.v1.NodeCommandReply
             * @static
             * @param {framefleet.v1.NodeCommandReply.$Properties} message NodeCommandReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NodeCommandReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.ok != null && $Object.hasOwnProperty.call(message, "ok") && message.ok !== false)
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.ok);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.message);
                if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.state);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified NodeCommandReply message, length delimited. Does not implicitly {@link framefleet.v1.NodeCommandReply.verify|verify} messages.
             * @function encodeDelimited
             * @memberof framefleet.v1.NodeCommandReply
             * @static
             * @param {framefleet.v1.NodeCommandReply.$Properties} message NodeCommandReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NodeCommandReply.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a NodeCommandReply message from the specified reader or buffer.
             * @function decode
             * @memberof framefleet.v1.NodeCommandReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {framefleet.v1.NodeCommandReply & framefleet.v1.NodeCommandReply.$Shape} NodeCommandReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NodeCommandReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.framefleet.v1.NodeCommandReply();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.ok = value;
                            else
                                delete message.ok;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.state = value;
                            else
                                delete message.state;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a NodeCommandReply message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof framefleet.v1.NodeCommandReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {framefleet.v1.NodeCommandReply & framefleet.v1.NodeCommandReply.$Shape} NodeCommandReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NodeCommandReply.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a NodeCommandReply message.
             * @function verify
             * @memberof framefleet.v1.NodeCommandReply
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            NodeCommandReply.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.ok != null && $Object.hasOwnProperty.call(message, "ok"))
                    if (typeof message.ok !== "boolean")
                        return "ok: boolean expected";
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    if (!$util.isString(message.message))
                        return "message: string expected";
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    if (typeof message.state !== "number" || (message.state | 0) !== message.state)
                        return "state: enum value expected";
                return null;
            };

            /**
             * Creates a NodeCommandReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof framefleet.v1.NodeCommandReply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {framefleet.v1.NodeCommandReply} NodeCommandReply
             */
            NodeCommandReply.fromObject = function (object, _depth) {
                if (object instanceof $root.framefleet.v1.NodeCommandReply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".framefleet.v1.NodeCommandReply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.framefleet.v1.NodeCommandReply();
                if (object.ok != null)
                    if (object.ok)
                        message.ok = $Boolean(object.ok);
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                if (object.state !== 0 && (typeof object.state !== "string" || $root.framefleet.v1.NodeState[object.state] !== 0))
                    switch (object.state) {
                    case "NODE_STATE_UNSPECIFIED":
                    case 0:
                        message.state = 0;
                        break;
                    case "NODE_STATE_ACTIVE":
                    case 1:
                        message.state = 1;
                        break;
                    case "NODE_STATE_DRAINING":
                    case 2:
                        message.state = 2;
                        break;
                    case "NODE_STATE_DRAINED":
                    case 3:
                        message.state = 3;
                        break;
                    case "NODE_STATE_STOPPED":
                    case 4:
                        message.state = 4;
                        break;
                    default:
                        if (typeof object.state === "number" && (object.state | 0) === object.state)
                            message.state = object.state;
                    }
                return message;
            };

            /**
             * Creates a plain object from a NodeCommandReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof framefleet.v1.NodeCommandReply
             * @static
             * @param {framefleet.v1.NodeCommandReply} message NodeCommandReply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            NodeCommandReply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.ok = false;
                    object.message = "";
                    object.state = options.enums === $String ? "NODE_STATE_UNSPECIFIED" : 0;
                }
                if (message.ok != null && $Object.hasOwnProperty.call(message, "ok"))
                    object.ok = message.ok;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    object.state = options.enums === $String ? $root.framefleet.v1.NodeState[message.state] === $undefined ? message.state : $root.framefleet.v1.NodeState[message.state] : message.state;
                return object;
            };

            /**
             * Converts this NodeCommandReply to JSON.
             * @function toJSON
             * @memberof framefleet.v1.NodeCommandReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            NodeCommandReply.prototype.toJSON = function() {
                return NodeCommandReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for NodeCommandReply
             * @function getTypeUrl
             * @memberof framefleet.v1.NodeCommandReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            NodeCommandReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/framefleet.v1.NodeCommandReply";
            };

            return NodeCommandReply;
        })();

        v1.Task = (function() {

            /**
             * Properties of a Task.
             * @typedef {Object} framefleet.v1.Task.$Properties
             * @property {string|null} [taskId] Task taskId
             * @property {string|null} [runId] Task runId
             * @property {framefleet.v1.TaskKind|null} [kind] Task kind
             * @property {string|null} [backend] Task backend
             * @property {string|null} [itemKey] Task itemKey
             * @property {number|null} [sampleIndex] Task sampleIndex
             * @property {number|null} [seed] Task seed
             * @property {number|null} [publishedAtMs] Task publishedAtMs
             * @property {number|null} [maxAttempts] Task maxAttempts
             * @property {Object.<string,string>|null} [labels] Task labels
             * @property {framefleet.v1.GenerateTask.$Properties|null} [generate] Task generate
             * @property {framefleet.v1.EvaluateTask.$Properties|null} [evaluate] Task evaluate
             * @property {"generate"|"evaluate"} [body] Task body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Task.
             * @memberof framefleet.v1
             * @interface ITask
             * @augments framefleet.v1.Task.$Properties
             * @deprecated Use framefleet.v1.Task.$Properties instead.
             */

            /**
             * Narrowed shape of a Task.
             * @typedef {{
             *   taskId?: string|null;
             *   runId?: string|null;
             *   kind?: framefleet.v1.TaskKind|null;
             *   backend?: string|null;
             *   itemKey?: string|null;
             *   sampleIndex?: number|null;
             *   seed?: number|null;
             *   publishedAtMs?: number|null;
             *   maxAttempts?: number|null;
             *   labels?: Object.<string,string>|null;
             *   generate?: framefleet.v1.GenerateTask.$Shape|null;
             *   evaluate?: framefleet.v1.EvaluateTask.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; generate?: null; evaluate?: null }|{ body?: "generate"; generate: framefleet.v1.GenerateTask.$Shape; evaluate?: null }|{ body?: "evaluate"; generate?: null; evaluate: framefleet.v1.EvaluateTask.$Shape })
             * )} framefleet.v1.Task.$Shape
             */

            /**
             * Constructs a new Task.
             * @memberof framefleet.v1
             * @classdesc Represents a Task.
             * @constructor
             * @param {framefleet.v1.Task.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Task = function (properties) {
                this.labels = {};
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Task taskId.
             * @member {string} taskId
             * @memberof framefleet.v1.Task
             * @instance
             */
            Task.prototype.taskId = "";

            /**
             * Task runId.
             * @member {string} runId
             * @memberof framefleet.v1.Task
             * @instance
             */
            Task.prototype.runId = "";

            /**
             * Task kind.
             * @member {framefleet.v1.TaskKind} kind
             * @memberof framefleet.v1.Task
             * @instance
             */
            Task.prototype.kind = 0;

            /**
             * Task backend.
             * @member {string} backend
             * @memberof framefleet.v1.Task
             * @instance
             */
            Task.prototype.backend = "";

            /**
             * Task itemKey.
             * @member {string} itemKey
             * @memberof framefleet.v1.Task
             * @instance
             */
            Task.prototype.itemKey = "";

            /**
             * Task sampleIndex.
             * @member {number} sampleIndex
             * @memberof framefleet.v1.Task
             * @instance
             */
            Task.prototype.sampleIndex = 0;

            /**
             * Task seed.
             * @member {number} seed
             * @memberof framefleet.v1.Task
             * @instance
             */
            Task.prototype.seed = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Task publishedAtMs.
             * @member {number} publishedAtMs
             * @memberof framefleet.v1.Task
             * @instance
             */
            Task.prototype.publishedAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Task maxAttempts.
             * @member {number} maxAttempts
             * @memberof framefleet.v1.Task
             * @instance
             */
            Task.prototype.maxAttempts = 0;

            /**
             * Task labels.
             * @member {Object.<string,string>} labels
             * @memberof framefleet.v1.Task
             * @instance
             */
            Task.prototype.labels = $util.emptyObject;

            /**
             * Task generate.
             * @member {framefleet.v1.GenerateTask.$Properties|null|undefined} generate
             * @memberof framefleet.v1.Task
             * @instance
             */
            Task.prototype.generate = null;

            /**
             * Task evaluate.
             * @member {framefleet.v1.EvaluateTask.$Properties|null|undefined} evaluate
             * @memberof framefleet.v1.Task
             * @instance
             */
            Task.prototype.evaluate = null;

            // OneOf field names bound to virtual getters and setters
            var $oneOfFields;

            /**
             * Task body.
             * @member {"generate"|"evaluate"|undefined} body
             * @memberof framefleet.v1.Task
             * @instance
             */
            $Object.defineProperty(Task.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["generate", "evaluate"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Task instance using the specified properties.
             * @function create
             * @memberof framefleet.v1.Task
             * @static
             * @param {framefleet.v1.Task.$Properties=} [properties] Properties to set
             * @returns {framefleet.v1.Task} Task instance
             * @type {{
             *   (properties: framefleet.v1.Task.$Shape): framefleet.v1.Task & framefleet.v1.Task.$Shape;
             *   (properties?: framefleet.v1.Task.$Properties): framefleet.v1.Task;
             * }}
             */
            Task.create = function(properties) {
                return new Task(properties);
            };

            /**
             * Encodes the specified Task message. Does not implicitly {@link framefleet.v1.Task.verify|verify} messages.
             * @function encode
             * @memberof framefleet.v1.Task
             * @static
             * @param {framefleet.v1.Task.$Properties} message Task message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Task.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId") && message.taskId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.taskId);
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId") && message.runId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.runId);
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.kind);
                if (message.backend != null && $Object.hasOwnProperty.call(message, "backend") && message.backend !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.backend);
                if (message.itemKey != null && $Object.hasOwnProperty.call(message, "itemKey") && message.itemKey !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.itemKey);
                if (message.sampleIndex != null && $Object.hasOwnProperty.call(message, "sampleIndex") && message.sampleIndex !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.sampleIndex);
                if (message.seed != null && $Object.hasOwnProperty.call(message, "seed") && (typeof message.seed === "object" ? message.seed.low || message.seed.high : message.seed !== 0))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.seed);
                if (message.publishedAtMs != null && $Object.hasOwnProperty.call(message, "publishedAtMs") && (typeof message.publishedAtMs === "object" ? message.publishedAtMs.low || message.publishedAtMs.high : message.publishedAtMs !== 0))
                    writer.uint32(/* id 8, wireType 0 =*/64).int64(message.publishedAtMs);
                if (message.maxAttempts != null && $Object.hasOwnProperty.call(message, "maxAttempts") && message.maxAttempts !== 0)
                    writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.maxAttempts);
                if (message.labels != null && $Object.hasOwnProperty.call(message, "labels"))
                    for (var keys = $Object.keys(message.labels), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 10, wireType 2 =*/82).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.labels[keys[i]]).ldelim();
                if (message.generate != null && $Object.hasOwnProperty.call(message, "generate"))
                    $root.framefleet.v1.GenerateTask.encode(message.generate, writer.uint32(/* id 20, wireType 2 =*/162).fork(), _depth + 1).ldelim();
                if (message.evaluate != null && $Object.hasOwnProperty.call(message, "evaluate"))
                    $root.framefleet.v1.EvaluateTask.encode(message.evaluate, writer.uint32(/* id 21, wireType 2 =*/170).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Task message, length delimited. Does not implicitly {@link framefleet.v1.Task.verify|verify} messages.
             * @function encodeDelimited
             * @memberof framefleet.v1.Task
             * @static
             * @param {framefleet.v1.Task.$Properties} message Task message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Task.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Task message from the specified reader or buffer.
             * @function decode
             * @memberof framefleet.v1.Task
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {framefleet.v1.Task & framefleet.v1.Task.$Shape} Task
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Task.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.framefleet.v1.Task();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.taskId = value;
                            else
                                delete message.taskId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.runId = value;
                            else
                                delete message.runId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.backend = value;
                            else
                                delete message.backend;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.itemKey = value;
                            else
                                delete message.itemKey;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.sampleIndex = value;
                            else
                                delete message.sampleIndex;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seed = value;
                            else
                                delete message.seed;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.publishedAtMs = value;
                            else
                                delete message.publishedAtMs;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.maxAttempts = value;
                            else
                                delete message.maxAttempts;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if (message.labels === $util.emptyObject)
                                message.labels = {};
                            var end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                var tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.labels, key);
                            message.labels[key] = value;
                            continue;
                        }
                    case 20: {
                            if (wireType !== 2)
                                break;
                            message.generate = $root.framefleet.v1.GenerateTask.decode(reader, reader.size(), $undefined, _depth + 1, message.generate);
                            message.body = "generate";
                            continue;
                        }
                    case 21: {
                            if (wireType !== 2)
                                break;
                            message.evaluate = $root.framefleet.v1.EvaluateTask.decode(reader, reader.size(), $undefined, _depth + 1, message.evaluate);
                            message.body = "evaluate";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Task message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof framefleet.v1.Task
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {framefleet.v1.Task & framefleet.v1.Task.$Shape} Task
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Task.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Task message.
             * @function verify
             * @memberof framefleet.v1.Task
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Task.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                var properties = {};
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId"))
                    if (!$util.isString(message.taskId))
                        return "taskId: string expected";
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                    if (!$util.isString(message.runId))
                        return "runId: string expected";
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    if (typeof message.kind !== "number" || (message.kind | 0) !== message.kind)
                        return "kind: enum value expected";
                if (message.backend != null && $Object.hasOwnProperty.call(message, "backend"))
                    if (!$util.isString(message.backend))
                        return "backend: string expected";
                if (message.itemKey != null && $Object.hasOwnProperty.call(message, "itemKey"))
                    if (!$util.isString(message.itemKey))
                        return "itemKey: string expected";
                if (message.sampleIndex != null && $Object.hasOwnProperty.call(message, "sampleIndex"))
                    if (!$util.isInteger(message.sampleIndex))
                        return "sampleIndex: integer expected";
                if (message.seed != null && $Object.hasOwnProperty.call(message, "seed"))
                    if (!$util.isInteger(message.seed) && !(message.seed && $util.isInteger(message.seed.low) && $util.isInteger(message.seed.high)))
                        return "seed: integer|Long expected";
                if (message.publishedAtMs != null && $Object.hasOwnProperty.call(message, "publishedAtMs"))
                    if (!$util.isInteger(message.publishedAtMs) && !(message.publishedAtMs && $util.isInteger(message.publishedAtMs.low) && $util.isInteger(message.publishedAtMs.high)))
                        return "publishedAtMs: integer|Long expected";
                if (message.maxAttempts != null && $Object.hasOwnProperty.call(message, "maxAttempts"))
                    if (!$util.isInteger(message.maxAttempts))
                        return "maxAttempts: integer expected";
                if (message.labels != null && $Object.hasOwnProperty.call(message, "labels")) {
                    if (!$util.isObject(message.labels))
                        return "labels: object expected";
                    var key = $Object.keys(message.labels);
                    for (var i = 0; i < key.length; ++i)
                        if (!$util.isString(message.labels[key[i]]))
                            return "labels: string{k:string} expected";
                }
                if (message.generate != null && $Object.hasOwnProperty.call(message, "generate")) {
                    properties.body = 1;
                    {
                        var error = $root.framefleet.v1.GenerateTask.verify(message.generate, _depth + 1);
                        if (error)
                            return "generate." + error;
                    }
                }
                if (message.evaluate != null && $Object.hasOwnProperty.call(message, "evaluate")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        var error = $root.framefleet.v1.EvaluateTask.verify(message.evaluate, _depth + 1);
                        if (error)
                            return "evaluate." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a Task message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof framefleet.v1.Task
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {framefleet.v1.Task} Task
             */
            Task.fromObject = function (object, _depth) {
                if (object instanceof $root.framefleet.v1.Task)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".framefleet.v1.Task: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.framefleet.v1.Task();
                if (object.taskId != null)
                    if (typeof object.taskId !== "string" || object.taskId.length)
                        message.taskId = $String(object.taskId);
                if (object.runId != null)
                    if (typeof object.runId !== "string" || object.runId.length)
                        message.runId = $String(object.runId);
                if (object.kind !== 0 && (typeof object.kind !== "string" || $root.framefleet.v1.TaskKind[object.kind] !== 0))
                    switch (object.kind) {
                    case "TASK_KIND_UNSPECIFIED":
                    case 0:
                        message.kind = 0;
                        break;
                    case "TASK_KIND_GEN":
                    case 1:
                        message.kind = 1;
                        break;
                    case "TASK_KIND_EVAL":
                    case 2:
                        message.kind = 2;
                        break;
                    default:
                        if (typeof object.kind === "number" && (object.kind | 0) === object.kind)
                            message.kind = object.kind;
                    }
                if (object.backend != null)
                    if (typeof object.backend !== "string" || object.backend.length)
                        message.backend = $String(object.backend);
                if (object.itemKey != null)
                    if (typeof object.itemKey !== "string" || object.itemKey.length)
                        message.itemKey = $String(object.itemKey);
                if (object.sampleIndex != null)
                    if ($Number(object.sampleIndex) !== 0)
                        message.sampleIndex = object.sampleIndex >>> 0;
                if (object.seed != null)
                    if (typeof object.seed === "object" ? object.seed.low || object.seed.high : $Number(object.seed) !== 0)
                        if ($util.Long)
                            message.seed = $util.Long.fromValue(object.seed, true);
                        else if (typeof object.seed === "string")
                            message.seed = $parseInt(object.seed, 10);
                        else if (typeof object.seed === "number")
                            message.seed = object.seed;
                        else if (typeof object.seed === "object")
                            message.seed = new $util.LongBits(object.seed.low >>> 0, object.seed.high >>> 0).toNumber(true);
                if (object.publishedAtMs != null)
                    if (typeof object.publishedAtMs === "object" ? object.publishedAtMs.low || object.publishedAtMs.high : $Number(object.publishedAtMs) !== 0)
                        if ($util.Long)
                            message.publishedAtMs = $util.Long.fromValue(object.publishedAtMs, false);
                        else if (typeof object.publishedAtMs === "string")
                            message.publishedAtMs = $parseInt(object.publishedAtMs, 10);
                        else if (typeof object.publishedAtMs === "number")
                            message.publishedAtMs = object.publishedAtMs;
                        else if (typeof object.publishedAtMs === "object")
                            message.publishedAtMs = new $util.LongBits(object.publishedAtMs.low >>> 0, object.publishedAtMs.high >>> 0).toNumber();
                if (object.maxAttempts != null)
                    if ($Number(object.maxAttempts) !== 0)
                        message.maxAttempts = object.maxAttempts >>> 0;
                if (object.labels) {
                    if (!$util.isObject(object.labels))
                        throw $TypeError(".framefleet.v1.Task.labels: object expected");
                    message.labels = {};
                    for (var keys = $Object.keys(object.labels), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.labels, keys[i]);
                        message.labels[keys[i]] = $String(object.labels[keys[i]]);
                    }
                }
                if (object.generate != null) {
                    if (!$util.isObject(object.generate))
                        throw $TypeError(".framefleet.v1.Task.generate: object expected");
                    message.generate = $root.framefleet.v1.GenerateTask.fromObject(object.generate, _depth + 1);
                }
                if (object.evaluate != null) {
                    if (!$util.isObject(object.evaluate))
                        throw $TypeError(".framefleet.v1.Task.evaluate: object expected");
                    message.evaluate = $root.framefleet.v1.EvaluateTask.fromObject(object.evaluate, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a Task message. Also converts values to other types if specified.
             * @function toObject
             * @memberof framefleet.v1.Task
             * @static
             * @param {framefleet.v1.Task} message Task
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Task.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.objects || options.defaults)
                    object.labels = {};
                if (options.defaults) {
                    object.taskId = "";
                    object.runId = "";
                    object.kind = options.enums === $String ? "TASK_KIND_UNSPECIFIED" : 0;
                    object.backend = "";
                    object.itemKey = "";
                    object.sampleIndex = 0;
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, true);
                        object.seed = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seed = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, false);
                        object.publishedAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.publishedAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.maxAttempts = 0;
                }
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId"))
                    object.taskId = message.taskId;
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                    object.runId = message.runId;
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    object.kind = options.enums === $String ? $root.framefleet.v1.TaskKind[message.kind] === $undefined ? message.kind : $root.framefleet.v1.TaskKind[message.kind] : message.kind;
                if (message.backend != null && $Object.hasOwnProperty.call(message, "backend"))
                    object.backend = message.backend;
                if (message.itemKey != null && $Object.hasOwnProperty.call(message, "itemKey"))
                    object.itemKey = message.itemKey;
                if (message.sampleIndex != null && $Object.hasOwnProperty.call(message, "sampleIndex"))
                    object.sampleIndex = message.sampleIndex;
                if (message.seed != null && $Object.hasOwnProperty.call(message, "seed"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seed = typeof message.seed === "number" ? $BigInt(message.seed) : $util.Long.fromBits(message.seed.low >>> 0, message.seed.high >>> 0, true).toBigInt();
                    else if (typeof message.seed === "number")
                        object.seed = options.longs === $String ? $String(message.seed) : message.seed;
                    else
                        object.seed = options.longs === $String ? $util.Long.prototype.toString.call(message.seed) : options.longs === $Number ? new $util.LongBits(message.seed.low >>> 0, message.seed.high >>> 0).toNumber(true) : message.seed;
                if (message.publishedAtMs != null && $Object.hasOwnProperty.call(message, "publishedAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.publishedAtMs = typeof message.publishedAtMs === "number" ? $BigInt(message.publishedAtMs) : $util.Long.fromBits(message.publishedAtMs.low >>> 0, message.publishedAtMs.high >>> 0, false).toBigInt();
                    else if (typeof message.publishedAtMs === "number")
                        object.publishedAtMs = options.longs === $String ? $String(message.publishedAtMs) : message.publishedAtMs;
                    else
                        object.publishedAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.publishedAtMs) : options.longs === $Number ? new $util.LongBits(message.publishedAtMs.low >>> 0, message.publishedAtMs.high >>> 0).toNumber() : message.publishedAtMs;
                if (message.maxAttempts != null && $Object.hasOwnProperty.call(message, "maxAttempts"))
                    object.maxAttempts = message.maxAttempts;
                var keys2;
                if (message.labels && (keys2 = $Object.keys(message.labels)).length) {
                    object.labels = {};
                    for (var j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.labels, keys2[j]);
                        object.labels[keys2[j]] = message.labels[keys2[j]];
                    }
                }
                if (message.generate != null && $Object.hasOwnProperty.call(message, "generate")) {
                    object.generate = $root.framefleet.v1.GenerateTask.toObject(message.generate, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "generate";
                }
                if (message.evaluate != null && $Object.hasOwnProperty.call(message, "evaluate")) {
                    object.evaluate = $root.framefleet.v1.EvaluateTask.toObject(message.evaluate, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "evaluate";
                }
                return object;
            };

            /**
             * Converts this Task to JSON.
             * @function toJSON
             * @memberof framefleet.v1.Task
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Task.prototype.toJSON = function() {
                return Task.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Task
             * @function getTypeUrl
             * @memberof framefleet.v1.Task
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Task.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/framefleet.v1.Task";
            };

            return Task;
        })();

        v1.GenerateTask = (function() {

            /**
             * Properties of a GenerateTask.
             * @typedef {Object} framefleet.v1.GenerateTask.$Properties
             * @property {string|null} [prompt] GenerateTask prompt
             * @property {framefleet.v1.VideoParams.$Properties|null} [video] GenerateTask video
             * @property {string|null} [outputPath] GenerateTask outputPath
             * @property {Object.<string,string>|null} [inputs] GenerateTask inputs
             * @property {Object.<string,string>|null} [params] GenerateTask params
             * @property {number|null} [simulatedMs] GenerateTask simulatedMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a GenerateTask.
             * @memberof framefleet.v1
             * @interface IGenerateTask
             * @augments framefleet.v1.GenerateTask.$Properties
             * @deprecated Use framefleet.v1.GenerateTask.$Properties instead.
             */

            /**
             * Shape of a GenerateTask.
             * @typedef {framefleet.v1.GenerateTask.$Properties} framefleet.v1.GenerateTask.$Shape
             */

            /**
             * Constructs a new GenerateTask.
             * @memberof framefleet.v1
             * @classdesc Represents a GenerateTask.
             * @constructor
             * @param {framefleet.v1.GenerateTask.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var GenerateTask = function (properties) {
                this.inputs = {};
                this.params = {};
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * GenerateTask prompt.
             * @member {string} prompt
             * @memberof framefleet.v1.GenerateTask
             * @instance
             */
            GenerateTask.prototype.prompt = "";

            /**
             * GenerateTask video.
             * @member {framefleet.v1.VideoParams.$Properties|null|undefined} video
             * @memberof framefleet.v1.GenerateTask
             * @instance
             */
            GenerateTask.prototype.video = null;

            /**
             * GenerateTask outputPath.
             * @member {string} outputPath
             * @memberof framefleet.v1.GenerateTask
             * @instance
             */
            GenerateTask.prototype.outputPath = "";

            /**
             * GenerateTask inputs.
             * @member {Object.<string,string>} inputs
             * @memberof framefleet.v1.GenerateTask
             * @instance
             */
            GenerateTask.prototype.inputs = $util.emptyObject;

            /**
             * GenerateTask params.
             * @member {Object.<string,string>} params
             * @memberof framefleet.v1.GenerateTask
             * @instance
             */
            GenerateTask.prototype.params = $util.emptyObject;

            /**
             * GenerateTask simulatedMs.
             * @member {number} simulatedMs
             * @memberof framefleet.v1.GenerateTask
             * @instance
             */
            GenerateTask.prototype.simulatedMs = 0;

            /**
             * Creates a new GenerateTask instance using the specified properties.
             * @function create
             * @memberof framefleet.v1.GenerateTask
             * @static
             * @param {framefleet.v1.GenerateTask.$Properties=} [properties] Properties to set
             * @returns {framefleet.v1.GenerateTask} GenerateTask instance
             * @type {{
             *   (properties: framefleet.v1.GenerateTask.$Shape): framefleet.v1.GenerateTask & framefleet.v1.GenerateTask.$Shape;
             *   (properties?: framefleet.v1.GenerateTask.$Properties): framefleet.v1.GenerateTask;
             * }}
             */
            GenerateTask.create = function(properties) {
                return new GenerateTask(properties);
            };

            /**
             * Encodes the specified GenerateTask message. Does not implicitly {@link framefleet.v1.GenerateTask.verify|verify} messages.
             * @function encode
             * @memberof framefleet.v1.GenerateTask
             * @static
             * @param {framefleet.v1.GenerateTask.$Properties} message GenerateTask message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GenerateTask.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.prompt != null && $Object.hasOwnProperty.call(message, "prompt") && message.prompt !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.prompt);
                if (message.video != null && $Object.hasOwnProperty.call(message, "video"))
                    $root.framefleet.v1.VideoParams.encode(message.video, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.outputPath != null && $Object.hasOwnProperty.call(message, "outputPath") && message.outputPath !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.outputPath);
                if (message.inputs != null && $Object.hasOwnProperty.call(message, "inputs"))
                    for (var keys = $Object.keys(message.inputs), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 4, wireType 2 =*/34).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.inputs[keys[i]]).ldelim();
                if (message.params != null && $Object.hasOwnProperty.call(message, "params"))
                    for (var keys = $Object.keys(message.params), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 5, wireType 2 =*/42).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.params[keys[i]]).ldelim();
                if (message.simulatedMs != null && $Object.hasOwnProperty.call(message, "simulatedMs") && message.simulatedMs !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.simulatedMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified GenerateTask message, length delimited. Does not implicitly {@link framefleet.v1.GenerateTask.verify|verify} messages.
             * @function encodeDelimited
             * @memberof framefleet.v1.GenerateTask
             * @static
             * @param {framefleet.v1.GenerateTask.$Properties} message GenerateTask message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GenerateTask.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a GenerateTask message from the specified reader or buffer.
             * @function decode
             * @memberof framefleet.v1.GenerateTask
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {framefleet.v1.GenerateTask & framefleet.v1.GenerateTask.$Shape} GenerateTask
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GenerateTask.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.framefleet.v1.GenerateTask();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.prompt = value;
                            else
                                delete message.prompt;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.video = $root.framefleet.v1.VideoParams.decode(reader, reader.size(), $undefined, _depth + 1, message.video);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.outputPath = value;
                            else
                                delete message.outputPath;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (message.inputs === $util.emptyObject)
                                message.inputs = {};
                            var end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                var tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.inputs, key);
                            message.inputs[key] = value;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (message.params === $util.emptyObject)
                                message.params = {};
                            var end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                var tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.params, key);
                            message.params[key] = value;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.simulatedMs = value;
                            else
                                delete message.simulatedMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a GenerateTask message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof framefleet.v1.GenerateTask
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {framefleet.v1.GenerateTask & framefleet.v1.GenerateTask.$Shape} GenerateTask
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GenerateTask.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a GenerateTask message.
             * @function verify
             * @memberof framefleet.v1.GenerateTask
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            GenerateTask.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.prompt != null && $Object.hasOwnProperty.call(message, "prompt"))
                    if (!$util.isString(message.prompt))
                        return "prompt: string expected";
                if (message.video != null && $Object.hasOwnProperty.call(message, "video")) {
                    var error = $root.framefleet.v1.VideoParams.verify(message.video, _depth + 1);
                    if (error)
                        return "video." + error;
                }
                if (message.outputPath != null && $Object.hasOwnProperty.call(message, "outputPath"))
                    if (!$util.isString(message.outputPath))
                        return "outputPath: string expected";
                if (message.inputs != null && $Object.hasOwnProperty.call(message, "inputs")) {
                    if (!$util.isObject(message.inputs))
                        return "inputs: object expected";
                    var key = $Object.keys(message.inputs);
                    for (var i = 0; i < key.length; ++i)
                        if (!$util.isString(message.inputs[key[i]]))
                            return "inputs: string{k:string} expected";
                }
                if (message.params != null && $Object.hasOwnProperty.call(message, "params")) {
                    if (!$util.isObject(message.params))
                        return "params: object expected";
                    var key = $Object.keys(message.params);
                    for (var i = 0; i < key.length; ++i)
                        if (!$util.isString(message.params[key[i]]))
                            return "params: string{k:string} expected";
                }
                if (message.simulatedMs != null && $Object.hasOwnProperty.call(message, "simulatedMs"))
                    if (!$util.isInteger(message.simulatedMs))
                        return "simulatedMs: integer expected";
                return null;
            };

            /**
             * Creates a GenerateTask message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof framefleet.v1.GenerateTask
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {framefleet.v1.GenerateTask} GenerateTask
             */
            GenerateTask.fromObject = function (object, _depth) {
                if (object instanceof $root.framefleet.v1.GenerateTask)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".framefleet.v1.GenerateTask: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.framefleet.v1.GenerateTask();
                if (object.prompt != null)
                    if (typeof object.prompt !== "string" || object.prompt.length)
                        message.prompt = $String(object.prompt);
                if (object.video != null) {
                    if (!$util.isObject(object.video))
                        throw $TypeError(".framefleet.v1.GenerateTask.video: object expected");
                    message.video = $root.framefleet.v1.VideoParams.fromObject(object.video, _depth + 1);
                }
                if (object.outputPath != null)
                    if (typeof object.outputPath !== "string" || object.outputPath.length)
                        message.outputPath = $String(object.outputPath);
                if (object.inputs) {
                    if (!$util.isObject(object.inputs))
                        throw $TypeError(".framefleet.v1.GenerateTask.inputs: object expected");
                    message.inputs = {};
                    for (var keys = $Object.keys(object.inputs), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.inputs, keys[i]);
                        message.inputs[keys[i]] = $String(object.inputs[keys[i]]);
                    }
                }
                if (object.params) {
                    if (!$util.isObject(object.params))
                        throw $TypeError(".framefleet.v1.GenerateTask.params: object expected");
                    message.params = {};
                    for (var keys = $Object.keys(object.params), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.params, keys[i]);
                        message.params[keys[i]] = $String(object.params[keys[i]]);
                    }
                }
                if (object.simulatedMs != null)
                    if ($Number(object.simulatedMs) !== 0)
                        message.simulatedMs = object.simulatedMs >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a GenerateTask message. Also converts values to other types if specified.
             * @function toObject
             * @memberof framefleet.v1.GenerateTask
             * @static
             * @param {framefleet.v1.GenerateTask} message GenerateTask
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            GenerateTask.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.objects || options.defaults) {
                    object.inputs = {};
                    object.params = {};
                }
                if (options.defaults) {
                    object.prompt = "";
                    object.video = null;
                    object.outputPath = "";
                    object.simulatedMs = 0;
                }
                if (message.prompt != null && $Object.hasOwnProperty.call(message, "prompt"))
                    object.prompt = message.prompt;
                if (message.video != null && $Object.hasOwnProperty.call(message, "video"))
                    object.video = $root.framefleet.v1.VideoParams.toObject(message.video, options, _depth + 1);
                if (message.outputPath != null && $Object.hasOwnProperty.call(message, "outputPath"))
                    object.outputPath = message.outputPath;
                var keys2;
                if (message.inputs && (keys2 = $Object.keys(message.inputs)).length) {
                    object.inputs = {};
                    for (var j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.inputs, keys2[j]);
                        object.inputs[keys2[j]] = message.inputs[keys2[j]];
                    }
                }
                if (message.params && (keys2 = $Object.keys(message.params)).length) {
                    object.params = {};
                    for (var j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.params, keys2[j]);
                        object.params[keys2[j]] = message.params[keys2[j]];
                    }
                }
                if (message.simulatedMs != null && $Object.hasOwnProperty.call(message, "simulatedMs"))
                    object.simulatedMs = message.simulatedMs;
                return object;
            };

            /**
             * Converts this GenerateTask to JSON.
             * @function toJSON
             * @memberof framefleet.v1.GenerateTask
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            GenerateTask.prototype.toJSON = function() {
                return GenerateTask.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for GenerateTask
             * @function getTypeUrl
             * @memberof framefleet.v1.GenerateTask
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            GenerateTask.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/framefleet.v1.GenerateTask";
            };

            return GenerateTask;
        })();

        v1.EvaluateTask = (function() {

            /**
             * Properties of an EvaluateTask.
             * @typedef {Object} framefleet.v1.EvaluateTask.$Properties
             * @property {string|null} [genTaskId] EvaluateTask genTaskId
             * @property {string|null} [videoPath] EvaluateTask videoPath
             * @property {string|null} [videoSha256] EvaluateTask videoSha256
             * @property {framefleet.v1.VideoParams.$Properties|null} [expected] EvaluateTask expected
             * @property {Array.<string>|null} [metrics] EvaluateTask metrics
             * @property {string|null} [prompt] EvaluateTask prompt
             * @property {Object.<string,string>|null} [inputs] EvaluateTask inputs
             * @property {Object.<string,string>|null} [params] EvaluateTask params
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an EvaluateTask.
             * @memberof framefleet.v1
             * @interface IEvaluateTask
             * @augments framefleet.v1.EvaluateTask.$Properties
             * @deprecated Use framefleet.v1.EvaluateTask.$Properties instead.
             */

            /**
             * Shape of an EvaluateTask.
             * @typedef {framefleet.v1.EvaluateTask.$Properties} framefleet.v1.EvaluateTask.$Shape
             */

            /**
             * Constructs a new EvaluateTask.
             * @memberof framefleet.v1
             * @classdesc Represents an EvaluateTask.
             * @constructor
             * @param {framefleet.v1.EvaluateTask.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var EvaluateTask = function (properties) {
                this.metrics = [];
                this.inputs = {};
                this.params = {};
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * EvaluateTask genTaskId.
             * @member {string} genTaskId
             * @memberof framefleet.v1.EvaluateTask
             * @instance
             */
            EvaluateTask.prototype.genTaskId = "";

            /**
             * EvaluateTask videoPath.
             * @member {string} videoPath
             * @memberof framefleet.v1.EvaluateTask
             * @instance
             */
            EvaluateTask.prototype.videoPath = "";

            /**
             * EvaluateTask videoSha256.
             * @member {string} videoSha256
             * @memberof framefleet.v1.EvaluateTask
             * @instance
             */
            EvaluateTask.prototype.videoSha256 = "";

            /**
             * EvaluateTask expected.
             * @member {framefleet.v1.VideoParams.$Properties|null|undefined} expected
             * @memberof framefleet.v1.EvaluateTask
             * @instance
             */
            EvaluateTask.prototype.expected = null;

            /**
             * EvaluateTask metrics.
             * @member {Array.<string>} metrics
             * @memberof framefleet.v1.EvaluateTask
             * @instance
             */
            EvaluateTask.prototype.metrics = $util.emptyArray;

            /**
             * EvaluateTask prompt.
             * @member {string} prompt
             * @memberof framefleet.v1.EvaluateTask
             * @instance
             */
            EvaluateTask.prototype.prompt = "";

            /**
             * EvaluateTask inputs.
             * @member {Object.<string,string>} inputs
             * @memberof framefleet.v1.EvaluateTask
             * @instance
             */
            EvaluateTask.prototype.inputs = $util.emptyObject;

            /**
             * EvaluateTask params.
             * @member {Object.<string,string>} params
             * @memberof framefleet.v1.EvaluateTask
             * @instance
             */
            EvaluateTask.prototype.params = $util.emptyObject;

            /**
             * Creates a new EvaluateTask instance using the specified properties.
             * @function create
             * @memberof framefleet.v1.EvaluateTask
             * @static
             * @param {framefleet.v1.EvaluateTask.$Properties=} [properties] Properties to set
             * @returns {framefleet.v1.EvaluateTask} EvaluateTask instance
             * @type {{
             *   (properties: framefleet.v1.EvaluateTask.$Shape): framefleet.v1.EvaluateTask & framefleet.v1.EvaluateTask.$Shape;
             *   (properties?: framefleet.v1.EvaluateTask.$Properties): framefleet.v1.EvaluateTask;
             * }}
             */
            EvaluateTask.create = function(properties) {
                return new EvaluateTask(properties);
            };

            /**
             * Encodes the specified EvaluateTask message. Does not implicitly {@link framefleet.v1.EvaluateTask.verify|verify} messages.
             * @function encode
             * @memberof framefleet.v1.EvaluateTask
             * @static
             * @param {framefleet.v1.EvaluateTask.$Properties} message EvaluateTask message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EvaluateTask.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.genTaskId != null && $Object.hasOwnProperty.call(message, "genTaskId") && message.genTaskId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.genTaskId);
                if (message.videoPath != null && $Object.hasOwnProperty.call(message, "videoPath") && message.videoPath !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.videoPath);
                if (message.videoSha256 != null && $Object.hasOwnProperty.call(message, "videoSha256") && message.videoSha256 !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.videoSha256);
                if (message.expected != null && $Object.hasOwnProperty.call(message, "expected"))
                    $root.framefleet.v1.VideoParams.encode(message.expected, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.metrics != null && message.metrics.length)
                    for (var i = 0; i < message.metrics.length; ++i)
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.metrics[i]);
                if (message.prompt != null && $Object.hasOwnProperty.call(message, "prompt") && message.prompt !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.prompt);
                if (message.inputs != null && $Object.hasOwnProperty.call(message, "inputs"))
                    for (var keys = $Object.keys(message.inputs), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 7, wireType 2 =*/58).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.inputs[keys[i]]).ldelim();
                if (message.params != null && $Object.hasOwnProperty.call(message, "params"))
                    for (var keys = $Object.keys(message.params), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 8, wireType 2 =*/66).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.params[keys[i]]).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified EvaluateTask message, length delimited. Does not implicitly {@link framefleet.v1.EvaluateTask.verify|verify} messages.
             * @function encodeDelimited
             * @memberof framefleet.v1.EvaluateTask
             * @static
             * @param {framefleet.v1.EvaluateTask.$Properties} message EvaluateTask message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EvaluateTask.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an EvaluateTask message from the specified reader or buffer.
             * @function decode
             * @memberof framefleet.v1.EvaluateTask
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {framefleet.v1.EvaluateTask & framefleet.v1.EvaluateTask.$Shape} EvaluateTask
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EvaluateTask.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.framefleet.v1.EvaluateTask();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.genTaskId = value;
                            else
                                delete message.genTaskId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.videoPath = value;
                            else
                                delete message.videoPath;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.videoSha256 = value;
                            else
                                delete message.videoSha256;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.expected = $root.framefleet.v1.VideoParams.decode(reader, reader.size(), $undefined, _depth + 1, message.expected);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.metrics && message.metrics.length))
                                message.metrics = [];
                            message.metrics.push(reader.stringVerify());
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.prompt = value;
                            else
                                delete message.prompt;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (message.inputs === $util.emptyObject)
                                message.inputs = {};
                            var end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                var tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.inputs, key);
                            message.inputs[key] = value;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if (message.params === $util.emptyObject)
                                message.params = {};
                            var end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                var tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.params, key);
                            message.params[key] = value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an EvaluateTask message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof framefleet.v1.EvaluateTask
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {framefleet.v1.EvaluateTask & framefleet.v1.EvaluateTask.$Shape} EvaluateTask
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EvaluateTask.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an EvaluateTask message.
             * @function verify
             * @memberof framefleet.v1.EvaluateTask
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            EvaluateTask.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.genTaskId != null && $Object.hasOwnProperty.call(message, "genTaskId"))
                    if (!$util.isString(message.genTaskId))
                        return "genTaskId: string expected";
                if (message.videoPath != null && $Object.hasOwnProperty.call(message, "videoPath"))
                    if (!$util.isString(message.videoPath))
                        return "videoPath: string expected";
                if (message.videoSha256 != null && $Object.hasOwnProperty.call(message, "videoSha256"))
                    if (!$util.isString(message.videoSha256))
                        return "videoSha256: string expected";
                if (message.expected != null && $Object.hasOwnProperty.call(message, "expected")) {
                    var error = $root.framefleet.v1.VideoParams.verify(message.expected, _depth + 1);
                    if (error)
                        return "expected." + error;
                }
                if (message.metrics != null && $Object.hasOwnProperty.call(message, "metrics")) {
                    if (!$Array.isArray(message.metrics))
                        return "metrics: array expected";
                    for (var i = 0; i < message.metrics.length; ++i)
                        if (!$util.isString(message.metrics[i]))
                            return "metrics: string[] expected";
                }
                if (message.prompt != null && $Object.hasOwnProperty.call(message, "prompt"))
                    if (!$util.isString(message.prompt))
                        return "prompt: string expected";
                if (message.inputs != null && $Object.hasOwnProperty.call(message, "inputs")) {
                    if (!$util.isObject(message.inputs))
                        return "inputs: object expected";
                    var key = $Object.keys(message.inputs);
                    for (var i = 0; i < key.length; ++i)
                        if (!$util.isString(message.inputs[key[i]]))
                            return "inputs: string{k:string} expected";
                }
                if (message.params != null && $Object.hasOwnProperty.call(message, "params")) {
                    if (!$util.isObject(message.params))
                        return "params: object expected";
                    var key = $Object.keys(message.params);
                    for (var i = 0; i < key.length; ++i)
                        if (!$util.isString(message.params[key[i]]))
                            return "params: string{k:string} expected";
                }
                return null;
            };

            /**
             * Creates an EvaluateTask message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof framefleet.v1.EvaluateTask
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {framefleet.v1.EvaluateTask} EvaluateTask
             */
            EvaluateTask.fromObject = function (object, _depth) {
                if (object instanceof $root.framefleet.v1.EvaluateTask)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".framefleet.v1.EvaluateTask: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var message = new $root.framefleet.v1.EvaluateTask();
                if (object.genTaskId != null)
                    if (typeof object.genTaskId !== "string" || object.genTaskId.length)
                        message.genTaskId = $String(object.genTaskId);
                if (object.videoPath != null)
                    if (typeof object.videoPath !== "string" || object.videoPath.length)
                        message.videoPath = $String(object.videoPath);
                if (object.videoSha256 != null)
                    if (typeof object.videoSha256 !== "string" || object.videoSha256.length)
                        message.videoSha256 = $String(object.videoSha256);
                if (object.expected != null) {
                    if (!$util.isObject(object.expected))
                        throw $TypeError(".framefleet.v1.EvaluateTask.expected: object expected");
                    message.expected = $root.framefleet.v1.VideoParams.fromObject(object.expected, _depth + 1);
                }
                if (object.metrics) {
                    if (!$Array.isArray(object.metrics))
                        throw $TypeError(".framefleet.v1.EvaluateTask.metrics: array expected");
                    message.metrics = $Array(object.metrics.length);
                    for (var i = 0; i < object.metrics.length; ++i)
                        message.metrics[i] = $String(object.metrics[i]);
                }
                if (object.prompt != null)
                    if (typeof object.prompt !== "string" || object.prompt.length)
                        message.prompt = $String(object.prompt);
                if (object.inputs) {
                    if (!$util.isObject(object.inputs))
                        throw $TypeError(".framefleet.v1.EvaluateTask.inputs: object expected");
                    message.inputs = {};
                    for (var keys = $Object.keys(object.inputs), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.inputs, keys[i]);
                        message.inputs[keys[i]] = $String(object.inputs[keys[i]]);
                    }
                }
                if (object.params) {
                    if (!$util.isObject(object.params))
                        throw $TypeError(".framefleet.v1.EvaluateTask.params: object expected");
                    message.params = {};
                    for (var keys = $Object.keys(object.params), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.params, keys[i]);
                        message.params[keys[i]] = $String(object.params[keys[i]]);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from an EvaluateTask message. Also converts values to other types if specified.
             * @function toObject
             * @memberof framefleet.v1.EvaluateTask
             * @static
             * @param {framefleet.v1.EvaluateTask} message EvaluateTask
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            EvaluateTask.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var object = {};
                if (options.arrays || options.defaults)
                    object.metrics = [];
                if (options.objects || options.defaults) {
                    object.inputs = {};
                    object.params = {};
                }
                if (options.defaults) {
                    object.genTaskId = "";
                    object.videoPath = "";
                    object.videoSha256 = "";
                    object.expected = null;
                    object.prompt = "";
                }
                if (message.genTaskId != null && $Object.hasOwnProperty.call(message, "genTaskId"))
                    object.genTaskId = message.genTaskId;
                if (message.videoPath != null && $Object.hasOwnProperty.call(message, "videoPath"))
                    object.videoPath = message.videoPath;
                if (message.videoSha256 != null && $Object.hasOwnProperty.call(message, "videoSha256"))
                    object.videoSha256 = message.videoSha256;
                if (message.expected != null && $Object.hasOwnProperty.call(message, "expected"))
                    object.expected = $root.framefleet.v1.VideoParams.toObject(message.expected, options, _depth + 1);
                if (message.metrics && message.metrics.length) {
                    object.metrics = $Array(message.metrics.length);
                    for (var j = 0; j < message.metrics.length; ++j)
                        object.metrics[j] = message.metrics[j];
                }
                if (message.prompt != null && $Object.hasOwnProperty.call(message, "prompt"))
                    object.prompt = message.prompt;
                var keys2;
                if (message.inputs && (keys2 = $Object.keys(message.inputs)).length) {
                    object.inputs = {};
                    for (var j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.inputs, keys2[j]);
                        object.inputs[keys2[j]] = message.inputs[keys2[j]];
                    }
                }
                if (message.params && (keys2 = $Object.keys(message.params)).length) {
                    object.params = {};
                    for (var j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.params, keys2[j]);
                        object.params[keys2[j]] = message.params[keys2[j]];
                    }
                }
                return object;
            };

            /**
             * Converts this EvaluateTask to JSON.
             * @function toJSON
             * @memberof framefleet.v1.EvaluateTask
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            EvaluateTask.prototype.toJSON = function() {
                return EvaluateTask.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for EvaluateTask
             * @function getTypeUrl
             * @memberof framefleet.v1.EvaluateTask
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            EvaluateTask.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/framefleet.v1.EvaluateTask";
            };

            return EvaluateTask;
        })();

        return v1;
    })();

    return framefleet;
})();

module.exports = $root;
