/** The `{"receive": {"sender", "amount", "msg"}}` message `send`/`send_from` deliver to a contract. */
import { Binary, Uint128, toJsonBinary } from "../../std/assembly";
import { ReceiverExecuteMsg, Cw20ReceiveMsg } from "./msg";

export function receiveMsg(sender: string, amount: Uint128, msg: Binary): Binary {
  return toJsonBinary(ReceiverExecuteMsg.Receive(new Cw20ReceiveMsg(sender, amount, msg)));
}
